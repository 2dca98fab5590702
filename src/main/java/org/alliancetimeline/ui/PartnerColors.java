package org.alliancetimeline.ui;

import java.util.List;
import javafx.scene.paint.Color;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.PartnerMention;

/**
 * The colour of each partner, shared by the timeline and the partner filter: a colour-blind-friendly
 * palette (Okabe-Ito and Paul Tol's muted scheme), chosen from the partner's name so that a partner
 * keeps its colour across corpora, filters and runs.
 */
public final class PartnerColors {
    private static final List<Color> PALETTE = List.of(
            Color.web("#0072B2"), // blue
            Color.web("#D55E00"), // vermillion
            Color.web("#009E73"), // bluish green
            Color.web("#CC79A7"), // reddish purple
            Color.web("#E69F00"), // orange
            Color.web("#332288"), // indigo
            Color.web("#56B4E9"), // sky blue
            Color.web("#882255"), // wine
            Color.web("#117733"), // green
            Color.web("#999933"), // olive
            Color.web("#44AA99"), // teal
            Color.web("#AA4499")); // purple
    /** Articles that name no partner. */
    public static final Color NO_PARTNER = Color.web("#7f8c8d");

    private PartnerColors() {
    }

    public static List<Color> palette() {
        return PALETTE;
    }

    public static Color colorFor(String partner) {
        if (partner == null) {
            return NO_PARTNER;
        }
        int h = 0;
        for (int i = 0; i < partner.length(); i++) {
            h = h * 131 + Character.toLowerCase(partner.charAt(i));
        }
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return PALETTE.get(Math.floorMod(h, PALETTE.size()));
    }

    /** The colour of an article: its most-mentioned partner among those {@code shown} accepts. */
    public static Color colorFor(Article article, java.util.function.Predicate<String> shown) {
        for (PartnerMention p : article.partners()) {
            if (shown.test(p.name())) {
                return colorFor(p.name());
            }
        }
        return article.partners().isEmpty() ? NO_PARTNER : colorFor(article.partners().get(0).name());
    }

    /** CSS colour, e.g. for a swatch's style. */
    public static String css(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
