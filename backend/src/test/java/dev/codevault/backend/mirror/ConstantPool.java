package dev.codevault.backend.mirror;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a compiled class refers to, read from the constant pool of its class file (the JVM specification,
 * chapter 4.4): every UTF-8 constant, which covers class names and type descriptors, and every method reference as
 * {@code owner.name}.
 */
final class ConstantPool {

    private static final int MAGIC = 0xCAFEBABE;

    private final List<String> texts;
    private final Set<String> methodReferences;

    private ConstantPool(List<String> texts, Set<String> methodReferences) {
        this.texts = texts;
        this.methodReferences = methodReferences;
    }

    /**
     * Reads the constant pool of a class file.
     *
     * @throws IOException when the bytes are not a class file or use a constant kind this reader does not know
     */
    static ConstantPool read(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file: the magic number is missing");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        int[][] references = new int[count][];
        int[][] namesAndTypes = new int[count][];
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[index] = in.readUTF();
                case 7 -> classNames[index] = in.readUnsignedShort();
                case 10, 11 -> references[index] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> namesAndTypes[index] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 3, 4, 9, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    index++;
                }
                case 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                default -> throw new IOException("unknown constant pool tag " + tag + " at index " + index);
            }
        }
        return new ConstantPool(texts(utf8), methods(utf8, classNames, references, namesAndTypes));
    }

    /** Returns whether any UTF-8 constant contains the text, such as a class name in internal form. */
    boolean mentions(String text) {
        return texts.stream().anyMatch(constant -> constant.contains(text));
    }

    /** Returns whether the class calls the method, given as {@code owner.name} with the owner in internal form. */
    boolean callsMethod(String ownerAndName) {
        return methodReferences.contains(ownerAndName);
    }

    private static List<String> texts(String[] utf8) {
        List<String> texts = new ArrayList<>();
        for (String text : utf8) {
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static Set<String> methods(String[] utf8, int[] classNames, int[][] references, int[][] namesAndTypes) {
        Set<String> methods = new HashSet<>();
        for (int[] reference : references) {
            if (reference != null) {
                String owner = utf8[classNames[reference[0]]];
                String name = utf8[namesAndTypes[reference[1]][0]];
                methods.add(owner + "." + name);
            }
        }
        return methods;
    }
}
