namespace DetainerDesk.Domain.Detainers;

/// <summary>The detainer forms in use since 1952 (domain brief §1.2). Old forms stay valid for detainers lodged while they were current.</summary>
public enum DetainerFormType
{
    I247 = 1,
    I247D = 2,
    I247N = 3,
    I247X = 4,
    I247A = 5,
    I247G = 6,
}

public static class DetainerForms
{
    /// <summary>Policy 10074.2 took effect on 2 April 2017: from then on only the I-247A may be issued (and later the I-247G).</summary>
    public static readonly DateOnly I247AFrom = new(2017, 4, 2);
    /// <summary>The Priority Enforcement Program forms replaced the I-247 on 12 June 2015.</summary>
    public static readonly DateOnly PepFormsFrom = new(2015, 6, 12);
    /// <summary>The Gonzalez settlement took effect on 4 March 2025: covered offices may issue only the I-247G.</summary>
    public static readonly DateOnly I247GFrom = new(2025, 3, 4);

    public static string Title(DetainerFormType form) => form switch
    {
        DetainerFormType.I247 => "I-247 Immigration Detainer – Notice of Action",
        DetainerFormType.I247D => "I-247D Immigration Detainer – Request for Voluntary Action",
        DetainerFormType.I247N => "I-247N Request for Voluntary Notification of Release",
        DetainerFormType.I247X => "I-247X Request for Voluntary Transfer",
        DetainerFormType.I247A => "I-247A Immigration Detainer – Notice of Action",
        DetainerFormType.I247G => "I-247G Request for Advance Notification of Release",
    };

    public static string ShortName(DetainerFormType form) => form switch
    {
        DetainerFormType.I247 => "I-247",
        DetainerFormType.I247D => "I-247D",
        DetainerFormType.I247N => "I-247N",
        DetainerFormType.I247X => "I-247X",
        DetainerFormType.I247A => "I-247A",
        DetainerFormType.I247G => "I-247G",
    };

    /// <summary>Notification-only forms never ask for a hold.</summary>
    public static bool AsksForHold(DetainerFormType form) => form switch
    {
        DetainerFormType.I247 or DetainerFormType.I247D or DetainerFormType.I247A => true,
        DetainerFormType.I247N or DetainerFormType.I247G or DetainerFormType.I247X => false,
    };

    /// <summary>Whether the form could be issued on that day. Detainers lodged earlier on older forms remain live.</summary>
    public static bool IssuableOn(DetainerFormType form, DateOnly day) => form switch
    {
        DetainerFormType.I247 => day < PepFormsFrom,
        DetainerFormType.I247D or DetainerFormType.I247N or DetainerFormType.I247X => day >= PepFormsFrom && day < I247AFrom,
        DetainerFormType.I247A => day >= I247AFrom,
        DetainerFormType.I247G => day >= I247GFrom,
    };
}
