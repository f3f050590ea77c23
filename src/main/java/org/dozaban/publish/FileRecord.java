package org.dozaban.publish;

/**
 * What the last build knows of one output file.
 *
 * @param key  digest of everything the file was made from
 * @param size the file's size in bytes, to notice a file changed or removed since
 */
public record FileRecord(String key, long size) {
}
