using Together.Tests.Support;
using Together.Web.Features.Accounts;

namespace Together.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    private static readonly PasswordPolicy Policy = PasswordPolicy.Default;

    [Fact]
    public void The_shipped_list_holds_well_over_a_thousand_common_passwords()
    {
        Assert.True(Policy.DeniedCount >= 1000, $"only {Policy.DeniedCount} passwords in the list");
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("qwertyuiop12")]
    [InlineData("iloveyou1234")]
    [InlineData("123456789012")]
    [InlineData("letmein12345")]
    [InlineData("summer2026!!")]
    [InlineData("Winter2025!!")]
    [InlineData("CheshireEast")]
    [InlineData("cheshireeast2026")]
    [InlineData("Cheshire East 2026")]
    [InlineData("football1234")]
    [InlineData("Liverpool1892!")]
    [InlineData("P@ssw0rd2026!")]
    [InlineData("!!!password!!!")]
    [InlineData("manchesterunited")]
    public void Common_passwords_and_their_usual_disguises_are_refused(string password)
    {
        Assert.Contains(PasswordPolicy.Common, Policy.Check(password, "someone@example.org"));
    }

    [Theory]
    [InlineData(DemoAccountsPassword)]
    [InlineData("correct pony battery clip")]
    [InlineData("marmalade-orbit-kettle")]
    [InlineData("Bluebells under Mow Cop hill")]
    public void Long_uncommon_passwords_are_accepted_without_composition_rules(string password)
    {
        Assert.Empty(Policy.Check(password, "someone@example.org"));
    }

    private const string DemoAccountsPassword = DemoAccounts.Password;

    [Fact]
    public void Short_passwords_are_refused_with_the_length_rule_only()
    {
        Assert.Equal([PasswordPolicy.TooShort], Policy.Check("xk7-qp", null));
        Assert.Equal([PasswordPolicy.TooShort], Policy.Check(null, null));
    }

    [Fact]
    public void Very_long_passwords_are_refused_rather_than_silently_cut()
    {
        Assert.Equal([PasswordPolicy.TooLong], Policy.Check(new string('x', 200) + "yz-abc-" + new string('q', 60), null));
    }

    [Fact]
    public void Repeated_characters_are_refused()
    {
        Assert.Equal([PasswordPolicy.Repetitive], Policy.Check("xyxyxyxyxyxyxy", null));
    }

    [Theory]
    [InlineData("alex.morgan@council.example", "my name is alex.morgan ok")]
    [InlineData("alex.morgan@council.example", "morgan-rides-bicycles")]
    [InlineData("jo@council.example", "jo@council.example is me")]
    public void A_password_that_contains_the_email_name_is_refused(string email, string password)
    {
        Assert.Contains(PasswordPolicy.ContainsEmailName, Policy.Check(password, email));
    }
}
