using Concordia.Text.Assembly;

namespace Concordia.Text.Tests;

public class AbbreviationsTests
{
    private const string Defined =
        "It was signed by the Ministry of Water Resources and Rural Development (MWRRD) and the Office of Border Trade (OBT).";

    [Theory]
    [InlineData(Defined, "Minister of MWRRD", "Minister of Water Resources and Rural Development")]
    [InlineData(Defined, "Director of OBT", "Director of Border Trade")]
    [InlineData(Defined, "Minister of MWRRDX", "Minister of MWRRDX")]
    [InlineData(Defined, "Minister of MOFA", "Minister of MOFA")]
    [InlineData("The ministers (MOFA officials said) met.", "Minister of MOFA", "Minister of MOFA")]
    [InlineData("Foreign Affairs (MOFA) said.", "Minister of MOFA", "Minister of Foreign Affairs")]
    [InlineData("no definitions here", "Minister of MOFA", "Minister of MOFA")]
    public void Expand_RoleWithAbbreviation_SpelledOutOnlyWhenTheTextDefinesIt(string text, string role, string expected)
    {
        var person = new PersonDraft { Name = "Arlen Voss", Key = ["arlen", "voss"] };
        person.Roles.Add(role);

        Abbreviations.Expand(text, [person]);

        Assert.Equal(expected, person.Roles[0]);
    }
}
