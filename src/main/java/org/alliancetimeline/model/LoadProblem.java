package org.alliancetimeline.model;

/** A file that could not be read, or read only in part, and what is wrong with it. */
public record LoadProblem(String file, String message) {
}
