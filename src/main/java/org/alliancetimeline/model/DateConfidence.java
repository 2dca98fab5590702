package org.alliancetimeline.model;

/**
 * Where an article's date comes from: STATED when the page states the article's date (a header or
 * byline date), INFERRED when it is worked out from the body (a dateline, "on October 31" with the
 * year from context, a weekday counted back), NONE when the text gives no date.
 */
public enum DateConfidence {
    STATED, INFERRED, NONE
}
