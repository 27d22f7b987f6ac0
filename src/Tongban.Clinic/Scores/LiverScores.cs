using Tongban.Kernel.Errors;

namespace Tongban.Clinic.Scores;

public enum Ascites
{
    None = 1,
    Mild = 2,
    Moderate = 3,
}

public enum Encephalopathy
{
    None = 1,
    Grade1To2 = 2,
    Grade3To4 = 3,
}

public enum ChildPughClass
{
    A = 1,
    B = 2,
    C = 3,
}

/// <summary>The inputs of a score, in the SI units of Chinese lab reports.</summary>
public sealed record ScoreInput(decimal BilirubinUmolL, decimal AlbuminGL, decimal Inr, decimal CreatinineUmolL, Ascites Ascites, Encephalopathy Encephalopathy, decimal? SodiumMmolL = null, bool Dialysis = false);

public sealed record ScoreResult(int ChildPughPoints, ChildPughClass ChildPughClass, int Meld, int? MeldNa)
{
    /// <summary>Stored with each result: which formulas made it.</summary>
    public const string ChildPughVersion = "child-pugh-si-cn";
    public const string MeldVersion = "meld-unos-2001";
    public const string MeldNaVersion = "meld-na-optn-2016";
}

/// <summary>Child-Pugh and MELD from a visit's labs (reference section 4).</summary>
public static class LiverScores
{
    /// <summary>Reference 4b: bilirubin µmol/L ÷ 17.1 = mg/dL.</summary>
    public const decimal BilirubinPerMgDl = 17.1m;

    /// <summary>Reference 4b: creatinine µmol/L ÷ 88.4 = mg/dL.</summary>
    public const decimal CreatininePerMgDl = 88.4m;

    /// <summary>Reference 4a: total bilirubin &lt; 34.2 µmol/L 1 point, 34.2-51.3 2, &gt; 51.3 3.</summary>
    public static int BilirubinPoints(decimal umolL) => umolL < 34.2m ? 1 : umolL <= 51.3m ? 2 : 3;

    /// <summary>Reference 4a: albumin &gt; 35 g/L 1 point, 28-35 2, &lt; 28 3.</summary>
    public static int AlbuminPoints(decimal gL) => gL > 35m ? 1 : gL >= 28m ? 2 : 3;

    /// <summary>Reference 4a: INR &lt; 1.7 1 point, 1.7-2.3 2, &gt; 2.3 3.</summary>
    public static int InrPoints(decimal inr) => inr < 1.7m ? 1 : inr <= 2.3m ? 2 : 3;

    /// <summary>Reference 4a: the sum of five parameters, 5-15; class A 5-6, B 7-9, C 10-15.</summary>
    public static (int Points, ChildPughClass Class) ChildPugh(decimal bilirubinUmolL, decimal albuminGL, decimal inr, Ascites ascites, Encephalopathy encephalopathy)
    {
        var points = BilirubinPoints(bilirubinUmolL) + AlbuminPoints(albuminGL) + InrPoints(inr) + (int)ascites + (int)encephalopathy;
        return (points, points <= 6 ? ChildPughClass.A : points <= 9 ? ChildPughClass.B : ChildPughClass.C);
    }

    /// <summary>
    /// Reference 4b (Kamath 2001, UNOS rules): values in mg/dL; bilirubin, creatinine and INR below 1.0 are 1.0;
    /// creatinine above 4.0, or dialysis, is 4.0; MELD(i) = 0.957 ln(Cr) + 0.378 ln(bili) + 1.120 ln(INR) + 0.643,
    /// rounded to the tenth, times ten; 6-40.
    /// </summary>
    public static int Meld(decimal bilirubinUmolL, decimal inr, decimal creatinineUmolL, bool dialysis)
    {
        var bili = Math.Max(1.0, (double)(bilirubinUmolL / BilirubinPerMgDl));
        var cr = dialysis ? 4.0 : Math.Clamp((double)(creatinineUmolL / CreatininePerMgDl), 1.0, 4.0);
        var i = Math.Max(1.0, (double)inr);
        var meldI = (0.957 * Math.Log(cr)) + (0.378 * Math.Log(bili)) + (1.120 * Math.Log(i)) + 0.643;
        var score = (int)Math.Round(Math.Round(meldI, 1, MidpointRounding.AwayFromZero) * 10, MidpointRounding.AwayFromZero);
        return Math.Clamp(score, 6, 40);
    }

    /// <summary>
    /// Reference 4b (OPTN, January 2016): sodium bounded to 125-137 mmol/L; when MELD &gt; 11,
    /// MELD-Na = MELD + 1.32 (137 - Na) - 0.033 MELD (137 - Na), rounded; otherwise MELD. 6-40.
    /// </summary>
    public static int MeldNa(int meld, decimal sodiumMmolL)
    {
        if (meld <= 11)
        {
            return meld;
        }

        var na = (double)Math.Clamp(sodiumMmolL, 125m, 137m);
        var score = meld + (1.32 * (137 - na)) - (0.033 * meld * (137 - na));
        return Math.Clamp((int)Math.Round(score, MidpointRounding.AwayFromZero), 6, 40);
    }

    /// <summary>Both scores from one set of labs; the labs are first checked against the hard limits in force.</summary>
    public static ScoreResult Compute(ScoreInput input, LabLimits limits)
    {
        RuleViolation.ThrowIf(!Enum.IsDefined(input.Ascites), "ascites", "clinic.ascites-unknown", "Ascites is none, mild or moderate.");
        RuleViolation.ThrowIf(!Enum.IsDefined(input.Encephalopathy), "encephalopathy", "clinic.encephalopathy-unknown", "Encephalopathy is none, 1-2 or 3-4.");
        limits.Hard(Analyte.TotalBilirubin, input.BilirubinUmolL);
        limits.Hard(Analyte.Albumin, input.AlbuminGL);
        limits.Hard(Analyte.Inr, input.Inr);
        limits.Hard(Analyte.Creatinine, input.CreatinineUmolL);
        if (input.SodiumMmolL is { } na)
        {
            limits.Hard(Analyte.Sodium, na);
        }

        var (points, cls) = ChildPugh(input.BilirubinUmolL, input.AlbuminGL, input.Inr, input.Ascites, input.Encephalopathy);
        var meld = Meld(input.BilirubinUmolL, input.Inr, input.CreatinineUmolL, input.Dialysis);
        return new ScoreResult(points, cls, meld, input.SodiumMmolL is { } s ? MeldNa(meld, s) : null);
    }
}
