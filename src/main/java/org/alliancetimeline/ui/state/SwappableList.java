package org.alliancetimeline.ui.state;

import java.util.Collections;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * A read-only observable list whose whole content is replaced at once, announced as one
 * replacement that copies nothing (the removed elements are the old content, itself a view). The
 * state's derived lists are index views over an immutable corpus, so a swap costs what building
 * the index array costs, not a walk that creates an object per element.
 */
final class SwappableList<E> extends ObservableListBase<E> {
    private List<E> content = List.of();

    @Override
    public E get(int index) {
        return content.get(index);
    }

    @Override
    public int size() {
        return content.size();
    }

    @Override
    public int indexOf(Object o) {
        return content.indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return content.indexOf(o) >= 0;
    }

    List<E> content() {
        return content;
    }

    void swap(List<E> next) {
        List<E> old = content;
        content = next;
        if (old.isEmpty() && next.isEmpty()) {
            return;
        }
        fireChange(new ListChangeListener.Change<>(this) {
            private int cursor = -1;

            @Override
            public boolean next() {
                cursor++;
                return cursor == 0;
            }

            @Override
            public void reset() {
                cursor = -1;
            }

            private void check() {
                if (cursor != 0) {
                    throw new IllegalStateException("Invalid Change state: next() must be called before inspecting the Change.");
                }
            }

            @Override
            public int getFrom() {
                check();
                return 0;
            }

            @Override
            public int getTo() {
                check();
                return next.size();
            }

            @Override
            public List<E> getRemoved() {
                check();
                return Collections.unmodifiableList(old);
            }

            @Override
            protected int[] getPermutation() {
                check();
                return new int[0];
            }
        });
    }
}
