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

    @Test
    void feminineSurnameEndings() {
        assertEquals(PersonGender.FEMALE, PersonGender.ofSurname("Petrovska"));
        assertEquals(PersonGender.FEMALE, PersonGender.ofSurname("Ivanova"));
        assertEquals(PersonGender.UNKNOWN, PersonGender.ofSurname("Petrovski"));
        assertEquals(PersonGender.UNKNOWN, PersonGender.ofSurname("Ivanov"));
    }

    @Test
    void givenNamesEndingInAAreWeakFemaleEvidence() {
        assertEquals(PersonGender.FEMALE, PersonGender.ofGivenNameEnding("Ludmila Horak"));
        assertEquals(PersonGender.UNKNOWN, PersonGender.ofGivenNameEnding("Nicola Rossi"));
        assertEquals(PersonGender.UNKNOWN, PersonGender.ofGivenNameEnding("Peter Horak"));
        assertEquals(PersonGender.UNKNOWN, PersonGender.ofGivenNameEnding("Horak"));
    }
}
