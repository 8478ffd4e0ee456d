package dev.codevault.backend.archive;

/**
 * One entry of an archive as its format records it, before any rule is applied.
 *
 * @param name         the entry's name as stored, decoded to text
 * @param kind         what the entry is
 * @param declaredSize the size the archive declares for the entry's data, or -1 when it declares none
 * @param executable   whether the owner's execute bit is set, for files of formats that record permissions
 * @param crc          the CRC-32 the archive records for the data, or -1 when the format records none
 */
record ArchiveItem(String name, EntryKind kind, long declaredSize, boolean executable, long crc) {
}
