namespace Tongban.Clinic.Formulary;

/// <summary>
/// The demo formulary (issue 14 item 9): about 60 drugs in 10 groups. NVBP-procured antivirals at the reference's
/// ranges (2a: ETV ≈0.18-0.62, TDF ≈0.2-0.6 yuan a tablet, [M]); other prices are plausible illustrations, marked so.
/// Prices are data: the director edits them, and the source is shown with each.
/// </summary>
internal static class FormularyCatalog
{
    public static readonly DateOnly From = new(2025, 1, 1);

    public static readonly (string Code, string Zh, string En, string Group, decimal Price, decimal PerDay, bool Procured, Contraindication Blocked, string Source)[] Drugs =
    [
        ("ETV-NVBP", "恩替卡韦分散片 0.5mg（集采）", "Entecavir 0.5 mg (NVBP)", "hbv-na", 0.18m, 1, true, Contraindication.LamivudineResistance, "reference 2a [M]: NVBP expansion round ≈0.18-0.3 yuan/tablet"),
        ("ETV-PILOT", "恩替卡韦分散片 0.5mg（4+7 试点）", "Entecavir 0.5 mg (4+7 pilot)", "hbv-na", 0.62m, 1, true, Contraindication.LamivudineResistance, "reference 2a [M]: pilot winning price ≈0.62 yuan/tablet"),
        ("ETV-BRAND", "恩替卡韦片 0.5mg（原研）", "Entecavir 0.5 mg (originator)", "hbv-na", 12m, 1, false, Contraindication.LamivudineResistance, "reference 2a [M]: branded ETV ≈10-20 yuan/day before NVBP"),
        ("ETV-BOX", "恩替卡韦胶囊 0.5mg（调价后）", "Entecavir 0.5 mg capsule (after price adjustment)", "hbv-na", 9.01m, 1, false, Contraindication.LamivudineResistance, "reference 2a [S]: 7-capsule box 63.08 yuan"),
        ("TDF-NVBP", "富马酸替诺福韦二吡呋酯片 300mg（集采）", "Tenofovir DF 300 mg (NVBP)", "hbv-na", 0.2m, 1, true, Contraindication.LowEgfr | Contraindication.Osteoporosis, "reference 2a [M]: expansion round ≈0.2-0.6 yuan/tablet"),
        ("TDF-PILOT", "富马酸替诺福韦二吡呋酯片 300mg（4+7 试点）", "Tenofovir DF 300 mg (4+7 pilot)", "hbv-na", 0.59m, 1, true, Contraindication.LowEgfr | Contraindication.Osteoporosis, "reference 2a [M]: pilot winning price ≈0.59 yuan/tablet"),
        ("TDF-BRAND", "韦瑞德 300mg（原研）", "Viread 300 mg (originator)", "hbv-na", 15m, 1, false, Contraindication.LowEgfr | Contraindication.Osteoporosis, "illustrative; reference 2a [V]: 2016 negotiation cut ~67 %"),
        ("TAF", "丙酚替诺福韦片 25mg（韦立得）", "Tenofovir alafenamide 25 mg (Vemlidy)", "hbv-na", 15m, 1, false, Contraindication.None, "reference 2a [M]: ≈15 yuan/tablet after the 2019 NRDL negotiation"),
        ("TAF-GEN", "丙酚替诺福韦片 25mg（仿制）", "Tenofovir alafenamide 25 mg (generic)", "hbv-na", 5.5m, 1, false, Contraindication.None, "illustrative generic price"),
        ("TMF", "艾米替诺福韦片 25mg（恒沐）", "Tenofovir amibufenamide 25 mg", "hbv-na", 12.8m, 1, false, Contraindication.None, "illustrative; reference 2a [M]: NRDL 2021"),
        ("LAM", "拉米夫定片 100mg", "Lamivudine 100 mg", "hbv-legacy", 1.2m, 1, false, Contraindication.None, "illustrative; reference 2c: not first-line"),
        ("ADV", "阿德福韦酯片 10mg", "Adefovir dipivoxil 10 mg", "hbv-legacy", 1.5m, 1, false, Contraindication.LowEgfr, "illustrative; reference 2c: not first-line"),
        ("LDT", "替比夫定片 600mg", "Telbivudine 600 mg", "hbv-legacy", 6m, 1, false, Contraindication.None, "illustrative; reference 2c: not first-line"),
        ("DG-TAB", "甘草酸二铵肠溶胶囊 50mg", "Diammonium glycyrrhizinate 50 mg", "anti-inflammatory", 0.45m, 9, false, Contraindication.None, "illustrative"),
        ("CG-TAB", "复方甘草酸苷片", "Compound glycyrrhizin tablet", "anti-inflammatory", 0.35m, 9, false, Contraindication.None, "illustrative"),
        ("MI-INJ", "异甘草酸镁注射液 50mg", "Magnesium isoglycyrrhizinate inj. 50 mg", "anti-inflammatory", 38m, 2, false, Contraindication.Pregnancy, "illustrative; inpatient use"),
        ("CG-INJ", "复方甘草酸苷注射液 20ml", "Compound glycyrrhizin inj. 20 ml", "anti-inflammatory", 9.8m, 2, false, Contraindication.None, "illustrative"),
        ("DG-INJ", "甘草酸二铵注射液 150mg", "Diammonium glycyrrhizinate inj. 150 mg", "anti-inflammatory", 12m, 1, false, Contraindication.None, "illustrative"),
        ("PPC-CAP", "多烯磷脂酰胆碱胶囊 228mg", "Polyene phosphatidylcholine 228 mg", "membrane", 1.1m, 6, false, Contraindication.None, "illustrative"),
        ("PPC-INJ", "多烯磷脂酰胆碱注射液 232.5mg", "Polyene phosphatidylcholine inj. 232.5 mg", "membrane", 14m, 2, false, Contraindication.None, "illustrative"),
        ("PPC-GEN", "多烯磷脂酰胆碱胶囊（仿制）", "Polyene phosphatidylcholine (generic)", "membrane", 0.62m, 6, false, Contraindication.None, "illustrative"),
        ("PPC-BR", "易善复 228mg", "Essentiale 228 mg", "membrane", 1.95m, 6, false, Contraindication.None, "illustrative"),
        ("SIL", "水飞蓟宾胶囊 35mg", "Silibinin 35 mg", "antioxidant", 0.55m, 6, false, Contraindication.None, "illustrative"),
        ("SIL-M", "水飞蓟素胶囊 140mg", "Silymarin 140 mg", "antioxidant", 1.3m, 3, false, Contraindication.None, "illustrative"),
        ("SIL-BR", "利加隆 140mg", "Legalon 140 mg", "antioxidant", 2.6m, 3, false, Contraindication.None, "illustrative"),
        ("BCL", "双环醇片 25mg", "Bicyclol 25 mg", "antioxidant", 1.9m, 3, false, Contraindication.Pregnancy, "illustrative"),
        ("BCL-50", "双环醇片 50mg", "Bicyclol 50 mg", "antioxidant", 3.5m, 3, false, Contraindication.Pregnancy, "illustrative"),
        ("GSH-TAB", "还原型谷胱甘肽片 100mg", "Reduced glutathione 100 mg", "detox", 0.9m, 12, false, Contraindication.None, "illustrative"),
        ("GSH-INJ", "注射用还原型谷胱甘肽 1.2g", "Reduced glutathione inj. 1.2 g", "detox", 28m, 1, false, Contraindication.None, "illustrative"),
        ("NAC", "乙酰半胱氨酸泡腾片 600mg", "N-acetylcysteine 600 mg", "detox", 1.6m, 2, false, Contraindication.None, "illustrative"),
        ("TIO", "硫普罗宁肠溶片 100mg", "Tiopronin 100 mg", "detox", 0.7m, 3, false, Contraindication.Pregnancy, "illustrative"),
        ("TIO-INJ", "注射用硫普罗宁 0.2g", "Tiopronin inj. 0.2 g", "detox", 16m, 1, false, Contraindication.Pregnancy, "illustrative"),
        ("UDCA", "熊去氧胆酸片 250mg", "Ursodeoxycholic acid 250 mg", "cholagogue", 1.4m, 3, false, Contraindication.None, "illustrative"),
        ("UDCA-BR", "优思弗 250mg", "Ursofalk 250 mg", "cholagogue", 3.9m, 3, false, Contraindication.None, "illustrative"),
        ("SAMe", "丁二磺酸腺苷蛋氨酸肠溶片 500mg", "Ademetionine 500 mg", "cholagogue", 6.2m, 2, false, Contraindication.None, "illustrative"),
        ("SAMe-INJ", "注射用丁二磺酸腺苷蛋氨酸 500mg", "Ademetionine inj. 500 mg", "cholagogue", 45m, 2, false, Contraindication.None, "illustrative"),
        ("SPL", "螺内酯片 20mg", "Spironolactone 20 mg", "diuretic", 0.05m, 5, true, Contraindication.None, "illustrative"),
        ("FUR", "呋塞米片 20mg", "Furosemide 20 mg", "diuretic", 0.04m, 2, true, Contraindication.None, "illustrative"),
        ("TOR", "托拉塞米片 10mg", "Torasemide 10 mg", "diuretic", 1.2m, 1, false, Contraindication.None, "illustrative"),
        ("TOL", "托伐普坦片 15mg", "Tolvaptan 15 mg", "diuretic", 48m, 1, false, Contraindication.Pregnancy, "illustrative"),
        ("AMI", "阿米洛利片 5mg", "Amiloride 5 mg", "diuretic", 0.3m, 2, false, Contraindication.LowEgfr, "illustrative"),
        ("PRO", "盐酸普萘洛尔片 10mg", "Propranolol 10 mg", "nsbb", 0.03m, 4, true, Contraindication.None, "illustrative"),
        ("CAR", "卡维地洛片 6.25mg", "Carvedilol 6.25 mg", "nsbb", 0.12m, 2, true, Contraindication.None, "illustrative"),
        ("NAD", "纳多洛尔片 40mg", "Nadolol 40 mg", "nsbb", 1.8m, 1, false, Contraindication.None, "illustrative"),
        ("CAR-BR", "络德 6.25mg", "Dilatrend 6.25 mg", "nsbb", 1.6m, 2, false, Contraindication.None, "illustrative"),
        ("LAC", "乳果糖口服溶液 15ml", "Lactulose 15 ml", "encephalopathy", 1.1m, 3, false, Contraindication.None, "illustrative"),
        ("RIF", "利福昔明片 200mg", "Rifaximin 200 mg", "encephalopathy", 4.2m, 6, false, Contraindication.Pregnancy, "illustrative"),
        ("LOLA", "门冬氨酸鸟氨酸颗粒 3g", "L-ornithine L-aspartate 3 g", "encephalopathy", 5.5m, 3, false, Contraindication.LowEgfr, "illustrative"),
        ("LAC-BR", "杜密克 15ml", "Duphalac 15 ml", "encephalopathy", 2.3m, 3, false, Contraindication.None, "illustrative"),
        ("PPI-OME", "奥美拉唑肠溶胶囊 20mg", "Omeprazole 20 mg", "ppi", 0.1m, 2, true, Contraindication.None, "illustrative"),
        ("PPI-PAN", "泮托拉唑钠肠溶片 40mg", "Pantoprazole 40 mg", "ppi", 0.3m, 1, true, Contraindication.None, "illustrative"),
        ("PPI-ESO", "艾司奥美拉唑镁肠溶片 20mg", "Esomeprazole 20 mg", "ppi", 3.2m, 1, false, Contraindication.None, "illustrative"),
        ("PPI-RAB", "雷贝拉唑钠肠溶片 10mg", "Rabeprazole 10 mg", "ppi", 0.9m, 2, true, Contraindication.None, "illustrative"),
        ("PPI-ESO-BR", "耐信 20mg", "Nexium 20 mg", "ppi", 6.8m, 1, false, Contraindication.None, "illustrative"),
        ("MET", "二甲双胍片 500mg", "Metformin 500 mg", "mafld-metabolic", 0.03m, 3, true, Contraindication.LowEgfr, "illustrative"),
        ("PIO", "吡格列酮片 15mg", "Pioglitazone 15 mg", "mafld-metabolic", 0.5m, 1, true, Contraindication.Pregnancy, "illustrative"),
        ("VIE", "维生素E软胶囊 100mg", "Vitamin E 100 mg", "mafld-metabolic", 0.08m, 8, false, Contraindication.None, "illustrative"),
        ("SEM", "司美格鲁肽注射液（每周）", "Semaglutide (weekly, per day)", "mafld-metabolic", 65m, 1, false, Contraindication.Pregnancy, "illustrative"),
        ("ATO", "阿托伐他汀钙片 20mg", "Atorvastatin 20 mg", "mafld-metabolic", 0.12m, 1, true, Contraindication.Pregnancy, "illustrative"),
    ];

    public static readonly (string Code, string Zh, string En, long PriceFen, bool Optional, string SkipZh, string SkipEn)[] Examinations =
    [
        ("LFT", "肝功能", "Liver function panel", 6_000, false, "", ""),
        ("HBV-DNA", "高灵敏 HBV DNA 定量", "High-sensitivity HBV DNA", 18_000, false, "", ""),
        ("AFP", "甲胎蛋白", "Alpha-fetoprotein", 4_500, false, "", ""),
        ("US", "腹部超声", "Abdominal ultrasound", 12_000, false, "", ""),
        ("CBC", "血常规", "Blood count", 2_000, false, "", ""),
        ("FIBRO", "肝硬度 FibroScan", "Liver stiffness (FibroScan)", 20_000, true, "一年内已测且病情稳定时可不做", "may be skipped when measured within a year and stable"),
        ("CT", "上腹部增强 CT", "Contrast CT of the upper abdomen", 60_000, true, "超声与 AFP 无异常时可不做", "may be skipped when ultrasound and AFP are unremarkable"),
        ("MRI", "肝脏增强 MRI", "Contrast MRI of the liver", 120_000, true, "超声与 AFP 无异常时可不做", "may be skipped when ultrasound and AFP are unremarkable"),
        ("PIVKA", "异常凝血酶原 PIVKA-II", "PIVKA-II", 15_000, true, "AFP 与影像无异常时可不做", "may be skipped when AFP and imaging are unremarkable"),
        ("HBSAG-Q", "HBsAg 定量", "Quantitative HBsAg", 9_000, true, "半年内已测时可不做", "may be skipped when measured within six months"),
        ("GASTRO", "胃镜", "Gastroscopy", 35_000, true, "代偿期无静脉曲张且两年内已查时可不做", "may be skipped when compensated without varices and done within two years"),
        ("IGG", "免疫球蛋白 IgG", "Immunoglobulin G", 3_000, false, "", ""),
    ];

    /// <summary>Hubei (42) categories for the antivirals and a few others, reference 2b ([M], none checked against the NHSA file).</summary>
    public static readonly (string Code, InsuranceCategory Category, decimal SelfPay, string Source)[] Categories =
    [
        ("ETV-NVBP", InsuranceCategory.Yi, 10m, "reference 2b [M]: entecavir 乙类 (a label reads 乙10%)"),
        ("ETV-PILOT", InsuranceCategory.Yi, 10m, "reference 2b [M]"),
        ("ETV-BRAND", InsuranceCategory.Yi, 10m, "reference 2b [M]"),
        ("TDF-NVBP", InsuranceCategory.Yi, 10m, "reference 2b [M]: TDF 乙类"),
        ("TDF-PILOT", InsuranceCategory.Yi, 10m, "reference 2b [M]"),
        ("TDF-BRAND", InsuranceCategory.Yi, 10m, "reference 2b [M]"),
        ("TAF", InsuranceCategory.Yi, 10m, "reference 2b [M]: TAF 乙类 (negotiated)"),
        ("ADV", InsuranceCategory.Jia, 0m, "reference 2b [M]: adefovir 甲类"),
        ("LAM", InsuranceCategory.Jia, 0m, "reference 2b [M]: lamivudine 甲类"),
        ("PPC-CAP", InsuranceCategory.Jia, 0m, "reference 2b [S-weak]: oral PPC 甲类"),
        ("PPC-INJ", InsuranceCategory.Yi, 20m, "reference 2b [M]: injection 乙类, restricted"),
        ("SAMe", InsuranceCategory.Yi, 20m, "reference 2b [S-weak]: 乙20%"),
        ("SIL", InsuranceCategory.Yi, 10m, "reference 2b [M]"),
        ("DG-TAB", InsuranceCategory.Yi, 10m, "reference 2b [M]"),
        ("CG-TAB", InsuranceCategory.Yi, 10m, "reference 2b [M]"),
        ("UDCA", InsuranceCategory.Yi, 10m, "reference 2b [M, low confidence]"),
    ];
}
