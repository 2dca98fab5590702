package org.alliancetimeline.ui.timeline;

import java.time.LocalDate;

/**
 * A period or a day of context drawn behind the timeline (a Secretary General's term, a summit).
 *
 * @param kind  what it is ("Secretary General", "Summit"); bands of one kind share a row
 * @param label shown when there is room
 * @param start first day
 * @param end   last day (equal to start for a one-day event)
 */
public record ContextBand(String kind, String label, LocalDate start, LocalDate end) {
}
