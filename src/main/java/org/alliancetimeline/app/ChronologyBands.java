package org.alliancetimeline.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alliancetimeline.ingest.ReferenceChronology;
import org.alliancetimeline.ui.timeline.ContextBand;

/** The reference chronology as timeline context bands: Secretaries General terms and summits. */
public final class ChronologyBands {
    static final String SECRETARY_GENERAL = "Secretary General";
    static final String SUMMIT = "Summit";

    private ChronologyBands() {
    }

    public static List<ContextBand> from(ReferenceChronology chronology) {
        List<ContextBand> bands = new ArrayList<>();
        for (ReferenceChronology.SecretaryGeneral sg : chronology.secretariesGeneral()) {
            LocalDate end = sg.end() == null ? LocalDate.now() : sg.end().minusDays(1);
            String label = sg.acting() ? sg.name() + " (acting)" : sg.name();
            bands.add(new ContextBand(SECRETARY_GENERAL, label, sg.start(), end.isBefore(sg.start()) ? sg.start() : end));
        }
        for (ReferenceChronology.Summit s : chronology.summits()) {
            LocalDate end = s.end() == null ? s.start() : s.end();
            bands.add(new ContextBand(SUMMIT, s.city() + " summit " + s.start().getYear(), s.start(), end));
        }
        return bands;
    }
}
