package org.dozaban.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.dozaban.text.KeyHash;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A digest of everything a template is given for one page: the page's chrome and its view, walked
 * component by component. Two pages with the same key render to the same bytes with the same templates,
 * so the build cache can skip a page whose key has not changed since the last build.
 */
final class ViewKey {

    private final KeyHash digest = new KeyHash();
    private final Memo memo;

    private ViewKey(Memo memo) {
        this.memo = memo;
    }

    /** The key of {@code parts}, in order. */
    static String of(Object... parts) {
        return of(Memo.NONE, parts);
    }

    /** The key of {@code parts}, in order, taking the digests of shared entries from {@code memo}. */
    static String of(Memo memo, Object... parts) {
        ViewKey key = new ViewKey(memo);
        for (Object part : parts) {
            key.add(part);
        }
        return key.digest.hex();
    }

    /**
     * Digests of the article entries of one render, each made once: an article is listed on many pages
     * (its topics, its month, its author, the related articles of others), and walking its entry again for
     * each of them was most of the time of a render that kept nearly every page. An entry stands in a key
     * by its digest, which differs from a walk of it, so a key made with a memo is only ever compared with
     * keys made with one. Entries are found by identity, not by value: {@link Listings} makes one entry per
     * article and page language, and comparing entries field by field cost more than the lookup saved.
     * Equal entries made apart have equal digests. Safe for use from several threads.
     */
    static final class Memo {
        /** No memo: every entry is walked. */
        static final Memo NONE = new Memo();

        private final Map<Identity, byte[]> items = new ConcurrentHashMap<>();

        /** An entry by identity. */
        private record Identity(ArticleItem item) {
            @Override
            public boolean equals(Object other) {
                return other instanceof Identity identity && identity.item == item;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(item);
            }
        }

        /** Forgets every digest, once no more keys with entries will be made. */
        void clear() {
            items.clear();
        }

        private byte[] digest(ArticleItem item) {
            Identity identity = new Identity(item);
            byte[] known = items.get(identity);
            if (known == null) {
                ViewKey walk = new ViewKey(NONE);
                walk.add(item);
                known = walk.digest.digest();
                items.put(identity, known);
            }
            return known;
        }
    }

    private void add(Object value) {
        if (value instanceof ArticleItem item && memo != Memo.NONE) {
            tag('d');
            digest.bytes(memo.digest(item));
        } else if (value == null) {
            tag('0');
        } else if (value instanceof String text) {
            tag('s');
            text(text);
        } else if (value instanceof SafeString safe) {
            tag('h');
            text(safe.toString());
        } else if (value instanceof Record record) {
            tag('r');
            text(record.getClass().getName());
            for (Method accessor : ACCESSORS.get(record.getClass())) {
                add(component(record, accessor));
            }
        } else if (value instanceof Collection<?> items) {
            tag('l');
            text(Integer.toString(items.size()));
            items.forEach(this::add);
        } else if (value instanceof Map<?, ?> map) {
            tag('m');
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            text(Integer.toString(sorted.size()));
            sorted.forEach((k, v) -> {
                text(k);
                add(v);
            });
        } else if (value instanceof Optional<?> optional) {
            add(optional.orElse(null));
        } else {
            tag('v');
            text(value.getClass().getName());
            text(value.toString());
        }
    }

    /** The accessors of each record class's components, in order, found once per class. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private static Object component(Record record, Method accessor) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + record.getClass(), e);
        }
    }

    private void tag(char tag) {
        digest.tag((byte) tag);
    }

    /** The text's length in UTF-8 bytes, then those bytes. */
    private void text(String text) {
        digest.text(text);
    }
}
