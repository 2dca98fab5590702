package org.alliancetimeline.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonGenderTest {

    @Test
    void firstNamesHonorificsAndPronouns() {
        assertEquals(PersonGender.FEMALE, PersonGender.ofFirstName("Kaja Kallas"));
        assertEquals(PersonGender.MALE, PersonGender.ofFirstName("Jens Stoltenberg"));
        assertEquals(PersonGender.UNKNOWN, PersonGender.ofFirstName("Stoltenberg"));
        assertEquals(PersonGender.UNKNOWN, PersonGender.ofGivenName("Policy"));
        assertEquals(PersonGender.FEMALE, PersonGender.ofHonorific("Ms."));
        assertEquals(PersonGender.MALE, PersonGender.ofHonorific("Mr"));
        assertEquals(PersonGender.UNKNOWN, PersonGender.ofHonorific("Dr"));
        assertEquals(PersonGender.FEMALE, PersonGender.ofPronoun("her"));
        assertEquals(PersonGender.MALE, PersonGender.ofPronoun("His"));
        assertEquals(PersonGender.UNKNOWN, PersonGender.ofPronoun("they"));
    }
}
