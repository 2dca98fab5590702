package org.alliancetimeline.model;

/** How finely an article's date is known. */
public enum DatePrecision {
    DAY, MONTH, YEAR, NONE
}
