package org.alliancetimeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancetimeline.model.Partner;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.loadDefault();

    @Test
    void containsEveryCurrentPartnerFramework() {
        Set<String> partners = G.partners().stream().map(Partner::name).collect(Collectors.toSet());
        for (String p : List.of("Armenia", "Azerbaijan", "Belarus", "Georgia", "Moldova", "Ukraine", "Kazakhstan",
                "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Austria", "Ireland", "Malta",
                "Switzerland", "Serbia", "Bosnia and Herzegovina", "Russia", "Algeria", "Egypt", "Israel", "Jordan",
                "Mauritania", "Morocco", "Tunisia", "Bahrain", "Kuwait", "Qatar", "United Arab Emirates",
                "Afghanistan", "Australia", "Colombia", "Iraq", "Japan", "Republic of Korea", "Mongolia",
                "New Zealand", "Pakistan", "Sweden", "Finland", "Poland", "North Macedonia", "Montenegro")) {
            assertTrue(partners.contains(p), p);
        }
        assertFalse(partners.contains("Norway"));
        assertFalse(partners.contains("China"));
        assertTrue(G.nonPartners().stream().anyMatch(c -> c.name().equals("United States")));
        assertTrue(G.source().contains("nato.int"));
    }

    @Test
    void formerPartnersEndOnAccession() {
        Gazetteer.Country sweden = G.country("Sweden").orElseThrow();
        assertEquals(LocalDate.of(2024, 3, 7), sweden.natoAccession());
        assertTrue(sweden.isPartnerOn(LocalDate.of(2024, 3, 6)));
        assertFalse(sweden.isPartnerOn(LocalDate.of(2024, 3, 7)));
        assertTrue(sweden.isMemberOn(LocalDate.of(2024, 3, 7)));
        for (Gazetteer.Country c : G.countries()) {
            if (c.natoAccession() != null && c.isPartner()) {
                assertFalse(c.isPartnerOn(c.natoAccession()), c.name() + " still a partner after accession");
                assertTrue(c.isPartnerOn(c.natoAccession().minusDays(1)), c.name());
            }
        }
    }

    @Test
    void partnerAliasesIncludeDemonymsAndCapitals() {
        Partner moldova = G.partner("Moldova").orElseThrow();
        assertTrue(moldova.aliases().containsAll(List.of("Republic of Moldova", "Moldovan", "Chișinău", "Chisinau")));
        Partner malta = G.partner("Malta").orElseThrow();
        assertFalse(malta.isPartnerOn(LocalDate.of(2000, 1, 1)));
        assertTrue(malta.isPartnerOn(LocalDate.of(2010, 1, 1)));
    }

    @Test
    void brusselsIsNotBelgium() {
        assertFalse(G.country("Belgium").orElseThrow().allAliases().contains("Brussels"));
    }
}
