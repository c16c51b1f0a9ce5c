package kz.zauyt.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyTest {

    @Test
    void aCompanyKnownOnlyByItsCountryHasNoName() {
        Company c = Company.nameless("investor", "CN");
        assertFalse(c.named());
        assertEquals("CN", c.country());
        assertTrue(new Company("Valtherm", "operator", null).named());
    }

    @Test
    void aBlankNameOrANamelessCompanyWithNoCountryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Company(" ", "operator", "CN"));
        assertThrows(IllegalArgumentException.class, () -> new Company(null, "investor", null));
        assertThrows(IllegalArgumentException.class, () -> new Company(null, "owner", "CN"));
    }

    @Test
    void theCountryCueGoesToTheNamedCompanyOfItsRoleThatLacksOne() {
        List<Company> cos = Draft.withHint(Company.nameless("operator", "TR"), List.of(new Company("Merkez", "operator", null)));
        assertEquals(List.of(new Company("Merkez", "operator", "TR")), cos);
    }

    @Test
    void anInvestorCueBesideANamedOperatorStaysANamelessInvestor() {
        List<Company> cos = Draft.withHint(Company.nameless("investor", "CN"), List.of(new Company("Kentau Ore", "operator", null)));
        assertEquals(List.of(new Company("Kentau Ore", "operator", null), Company.nameless("investor", "CN")), cos);
    }

    @Test
    void noCueOrACountryAlreadyGivenChangesNothing() {
        List<Company> named = List.of(new Company("Wez U", "operator", "KR"));
        assertEquals(named, Draft.withHint(null, named));
        assertEquals(named, Draft.withHint(Company.nameless("operator", "KR"), named));
        assertEquals(named, Draft.withHint(Company.nameless("operator", "CN"), named)); // its role already has a home
        assertEquals(List.of(Company.nameless("operator", "CN")), Draft.withHint(Company.nameless("operator", "CN"), List.of()));
    }
}
