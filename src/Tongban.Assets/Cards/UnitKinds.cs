using Tongban.Kernel.Orgs;

namespace Tongban.Assets.Cards;

/// <summary>Which of the text's two holders an org is: Ministry of Finance Order No. 35 (administrative units) or No. 36 (public institutions).</summary>
public static class UnitKinds
{
    public static UnitKind Of(OrgKind kind) => kind switch
    {
        OrgKind.AdministrativeUnit or OrgKind.FinanceDepartment or OrgKind.CompetentDepartment or OrgKind.EducationDepartment
            or OrgKind.PublicSecurityOrgan or OrgKind.DistrictHealthAuthority or OrgKind.Court or OrgKind.Procuratorate
            or OrgKind.MilitaryLogisticsFinanceDepartment => UnitKind.AdministrativeUnit,
        OrgKind.PublicInstitution or OrgKind.Hospital or OrgKind.School or OrgKind.SpecialSchool or OrgKind.DiseaseControlCentre
            or OrgKind.SocialInsuranceAgency or OrgKind.SocialWorkAgency or OrgKind.SpecialEducationSteeringCommittee => UnitKind.PublicInstitution,
        _ => UnitKind.NotCovered,
    };
}
