package org.alliancetimeline.ui.state;

import java.util.Objects;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.Quote;

/** A quote together with the article it comes from. Two refs are equal when both parts are the same objects. */
public record QuoteRef(Article article, Quote quote) {
    public QuoteRef {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(quote, "quote");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuoteRef other && other.article == article && other.quote == quote;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(article) * 31 + System.identityHashCode(quote);
    }
}
