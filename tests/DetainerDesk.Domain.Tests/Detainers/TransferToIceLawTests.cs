using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using static DetainerDesk.Domain.Tests.Detainers.Lifecycle;

namespace DetainerDesk.Domain.Tests.Detainers;

/// <summary>A transfer to ICE custody is held to the law's transfer answer, with a legal-basis override like a notification's.</summary>
public sealed class TransferToIceLawTests
{
    private static readonly PolicyAnswer Washington =
        Transfer(PolicyVerdict.Forbidden, "wa-10.93.160-no-transfer", "RCW 10.93.160", notes: "Judicial warrant required.");

    private static readonly PolicyAnswer OnlyIfConvicted =
        Transfer(PolicyVerdict.AllowedOnlyIf, "test-transfer-conviction", "Test Code 1.1", "the person was convicted of a listed felony in the last 15 years");

    [Fact]
    public void A_transfer_the_law_forbids_is_refused_with_the_rules_citation_and_changes_nothing()
    {
        var d = Holding();
        var refusal = d.RecordTransferToIce(By("clerk", 12), Washington);
        Assert.Equal("transfer-forbidden-by-law", refusal?.Code);
        Assert.Equal("legalBasis", refusal!.Field);
        Assert.Contains("RCW 10.93.160", refusal.Message);
        Assert.Contains("wa-10.93.160-no-transfer", refusal.Message);
        Assert.Contains("Judicial warrant required.", refusal.Message);
        Assert.Contains(refusal.Code, Detainer.TransferRefusedByLaw);
        Assert.Equal(DetainerStatus.HoldActive, d.Status);
        Assert.Null(d.HoldEndedAtUtc);
    }

    [Fact]
    public void A_transfer_allowed_only_if_a_condition_holds_is_refused_with_the_conditions_text()
    {
        var d = Holding();
        var refusal = d.RecordTransferToIce(By("clerk", 12), OnlyIfConvicted);
        Assert.Equal("transfer-condition-not-shown", refusal?.Code);
        Assert.Contains("only if the person was convicted of a listed felony in the last 15 years", refusal!.Message);
        Assert.Contains("Test Code 1.1", refusal.Message);
        Assert.Contains(refusal.Code, Detainer.TransferRefusedByLaw);
    }

    [Fact]
    public void A_legal_basis_with_its_document_overrides_and_is_kept_in_the_events_reason_and_evidence()
    {
        var d = Holding();
        Ok(d.RecordTransferToIce(By("clerk", 12, "US District Court warrant 26-mj-0042"), Washington, "judicial warrant received"));
        Assert.Equal(DetainerStatus.TransferredToIce, d.Status);
        var recorded = d.Events[^1];
        Assert.Equal(DetainerAction.TransferToIce, recorded.Action);
        Assert.Contains("judicial warrant received", recorded.Reason);
        Assert.Contains("RCW 10.93.160", recorded.Reason);
        Assert.Equal("Legal basis: judicial warrant received", recorded.Evidence.Note);
        Assert.Equal("US District Court warrant 26-mj-0042", recorded.Evidence.Source);
        Assert.Equal("judicial warrant received", d.TransferLegalBasis);
    }

    [Fact]
    public void An_override_needs_the_document_behind_it_and_a_blank_basis_is_none()
    {
        var d = Holding();
        Assert.Equal("legal-basis-evidence-required", d.RecordTransferToIce(By("clerk", 12, "unknown"), OnlyIfConvicted, "conviction on file")?.Code);
        Assert.Equal("transfer-forbidden-by-law", d.RecordTransferToIce(By("clerk", 12), Washington, "   ")?.Code);
        Assert.Equal(DetainerStatus.HoldActive, d.Status);
    }

    [Theory]
    [InlineData(PolicyVerdict.Allowed)]
    [InlineData(PolicyVerdict.Required)]
    public void Where_the_law_allows_or_requires_it_the_transfer_is_recorded_as_given(PolicyVerdict verdict)
    {
        var d = Holding();
        Ok(d.RecordTransferToIce(By("clerk", 12), Transfer(verdict, "tx-2.251-transfer-required", "Tex. Code Crim. Proc. art. 2.251(a)(1)"), "judicial warrant received"));
        Assert.Equal(DetainerStatus.TransferredToIce, d.Status);
        Assert.Equal("step by clerk", d.Events[^1].Reason);
        Assert.Null(d.TransferLegalBasis); // a lawful transfer overrides nothing
    }

    [Fact]
    public void Only_the_laws_transfer_answer_governs_a_transfer()
    {
        var hold = new PolicyAnswer(PolicyQuestion.HoldOnDetainer, PolicyVerdict.Allowed, null, "fed", "8 CFR 287.7(d)", [], [], []);
        Assert.Throws<ArgumentException>(() => Holding().RecordTransferToIce(By("clerk", 12), hold));
    }
}
