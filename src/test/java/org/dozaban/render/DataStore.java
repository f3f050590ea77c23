package org.dozaban.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A store of data entries in memory, and of no bodies, that counts what is put in it. */
final class DataStore extends BodyStore.Nothing {
    final Map<String, byte[]> data = new HashMap<>();
    int puts;

    @Override
    public Optional<byte[]> data(String key) {
        return Optional.ofNullable(data.get(key));
    }

    @Override
    public void putData(String key, byte[] bytes) {
        puts++;
        data.put(key, bytes.clone());
    }
}
