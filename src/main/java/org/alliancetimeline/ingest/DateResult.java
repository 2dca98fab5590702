package org.alliancetimeline.ingest;

import java.time.LocalDate;
import java.util.List;
import org.alliancetimeline.model.DateConfidence;
import org.alliancetimeline.model.DatePrecision;

/** The date stage's answer: the article's date, how it is known, the text it came from, and warnings. */
public record DateResult(LocalDate date, DatePrecision precision, DateConfidence confidence, String evidence,
                         List<String> warnings) {
    public DateResult {
        warnings = List.copyOf(warnings);
    }

    public static DateResult none(List<String> warnings) {
        return new DateResult(null, DatePrecision.NONE, DateConfidence.NONE, null, warnings);
    }
}
