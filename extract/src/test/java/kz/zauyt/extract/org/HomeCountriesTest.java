package kz.zauyt.extract.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HomeCountriesTest {

    private final HomeCountries homes = HomeCountries.shared();

    @Test
    void aKnownForeignCompanyHasItsHomeInAnyScriptAndWithItsLegalWords() {
        assertThat(homes.of("KIA Motors Corporation")).isEqualTo("KR");
        assertThat(homes.of("ПАО «Татнефть»")).isEqualTo("RU");
        assertThat(homes.of("Alstom Transport")).isEqualTo("FR");
    }

    @Test
    void aNameOpeningWithACountryIsThatCountrysCompany() {
        assertThat(homes.of("China Gezhouba Group Cement Co Ltd")).isEqualTo("CN");
        assertThat(homes.of("Turkish Steel Works")).isEqualTo("TR");
    }

    @Test
    void aNameWithAProvinceOrALegalFormOfItsCountryIsThatCountrysCompany() {
        assertThat(homes.of("Shandong Taikai Transformer Co")).isEqualTo("CN");
        assertThat(homes.of("Синьцзян Тяньшань Цемент")).isEqualTo("CN");
        assertThat(homes.of("Kessel Ofenbau GmbH")).isEqualTo("DE");
        assertThat(homes.of("Yildiz Boru Sanayi ve Ticaret")).isEqualTo("TR");
        assertThat(homes.of("Kyzylorda Glass Works LLP")).isNull();
    }

    @Test
    void aLocalVentureOrAnUnknownNameHasNoHomeFromTheList() {
        assertThat(homes.of("Kia Qazaqstan")).isNull();
        assertThat(homes.of("ТОО «Татнефть-Казахстан»")).isNull();
        assertThat(homes.of("Kazakhstan Petrochemical Industries")).isNull();
        assertThat(homes.of("Aqqu Paper LLP")).isNull();
        assertThat(homes.of("Totally Tiles LLP")).isNull(); // a word that only starts like a known name
        assertThat(homes.of(null)).isNull();
        assertThat(homes.of(" ")).isNull();
    }
}
