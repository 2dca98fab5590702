package org.alliancetimeline.model;

/** A country named in an article, with the number of times it is named in the title and cleaned body. */
public record PartnerMention(String name, int count) {
}
