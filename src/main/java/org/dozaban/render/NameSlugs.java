package org.dozaban.render;

import org.dozaban.text.KeyHash;
import org.dozaban.text.Slugs;
import org.dozaban.work.ByteReader;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The slugs of the byline names that authors.yaml does not name, as {@link Slugs} makes them from the name,
 * kept in the build cache from one render to the next. The transliteration to ASCII has rules that ICU takes
 * a quarter of a second to compile under the quick compiler, and a site without authors.yaml slugs every
 * Persian name on every render: a render whose names were all slugged before does not need them. Not safe
 * for use from several threads.
 */
final class NameSlugs {

    private static final int FORMAT = 1;

    private final BodyStore store;
    private final String entry;
    private final boolean nativeSlugs;
    /** By name: the slugs the last render kept. */
    private final Map<String, String> kept;
    /** By name: the slugs of this render. */
    private final Map<String, String> used = new TreeMap<>();

    private NameSlugs(BodyStore store, String entry, boolean nativeSlugs, Map<String, String> kept) {
        this.store = store;
        this.entry = entry;
        this.nativeSlugs = nativeSlugs;
        this.kept = kept;
    }

    /** The slugs {@code store} keeps for the site's kind of slug ({@code nativeSlugs} or ASCII). */
    static NameSlugs read(BodyStore store, boolean nativeSlugs) {
        String entry = KeyHash.of("name slugs\n" + (nativeSlugs ? "native" : "ascii"));
        Map<String, String> kept = store.data(entry).map(NameSlugs::decode).orElseGet(TreeMap::new);
        return new NameSlugs(store, entry, nativeSlugs, kept);
    }

    /** The slug of {@code name}: the one kept, else made. */
    String of(String name) {
        String slug = kept.get(name);
        if (slug == null) {
            slug = nativeSlugs ? Slugs.nativeSlug(name) : Slugs.slugify(name);
        }
        used.put(name, slug);
        return slug;
    }

    /** Keeps this render's slugs, and only those, for the next render; nothing is written when they were kept already. */
    void keep() {
        if (!used.equals(kept)) {
            store.putData(entry, encode(used));
        }
    }

    static byte[] encode(Map<String, String> slugs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(slugs.size());
            for (Map.Entry<String, String> slug : slugs.entrySet()) {
                ByteReader.writeString(out, slug.getKey());
                ByteReader.writeString(out, slug.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a stream in memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** The slugs in {@code bytes}; none when they are not as {@link #encode} writes them. */
    static Map<String, String> decode(byte[] bytes) {
        Map<String, String> slugs = new TreeMap<>();
        try {
            ByteReader in = new ByteReader(bytes);
            if (in.readInt() != FORMAT) {
                return new TreeMap<>();
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                slugs.put(in.readString(), in.readString());
            }
            if (in.remaining() != 0) {
                return new TreeMap<>();
            }
        } catch (IndexOutOfBoundsException e) {
            return new TreeMap<>();
        }
        return slugs;
    }

}
