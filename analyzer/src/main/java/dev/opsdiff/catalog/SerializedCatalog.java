package dev.opsdiff.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed bundled catalog in a compact tagged form, for the cache: each value is a tag byte and its content;
 * records are written as their components in order and read back through their canonical constructor, as Java
 * serialization does. Java serialization itself cost ~130 ms of a cold JVM's CPU on every check, half of it
 * building method-handle chains to construct records; this reads the same data in a fraction of that. Reading
 * admits only the catalog package's own records and enums and plain values, within size limits; anything
 * unexpected reads as "not cached", and the YAML is parsed again.
 */
final class SerializedCatalog {
    private static final int MAGIC = 0x0CA7A106;
    private static final String PACKAGE = SerializedCatalog.class.getPackageName();
    private static final int MAX_ITEMS = 100_000;

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte TRUE = 2;
    private static final byte FALSE = 3;
    private static final byte INT = 4;
    private static final byte LONG = 5;
    private static final byte DOUBLE = 6;
    private static final byte LIST = 7;
    private static final byte MAP = 8;
    private static final byte RECORD = 9;
    private static final byte ENUM = 10;

    private SerializedCatalog() {
    }

    static byte[] write(List<CatalogData> catalog) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            new Writer(out).value(new ArrayList<>(catalog));
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return null; // not cached: the next run parses the YAML again
        }
        return bytes.toByteArray();
    }

    /** The catalog, or null when {@code bytes} is absent or not a catalog this build wrote. */
    static List<CatalogData> read(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                return null;
            }
            Object o = new Reader(in).value(0);
            if (in.read() != -1 || !(o instanceof List<?> list) || !list.stream().allMatch(CatalogData.class::isInstance)) {
                return null;
            }
            return list.stream().map(CatalogData.class::cast).toList();
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Classes are named once per stream and then referred to by their index. */
    private static final class Writer {
        private final DataOutputStream out;
        private final Map<Class<?>, Integer> classes = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void value(Object v) throws IOException, ReflectiveOperationException {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof String s) {
                out.writeByte(STRING);
                out.writeUTF(s);
            } else if (v instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (v instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (v instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (v instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (v instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object e : list) {
                    value(e);
                }
            } else if (v instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    value(e.getKey());
                    value(e.getValue());
                }
            } else if (v instanceof Record r && r.getClass().getPackageName().equals(PACKAGE)) {
                out.writeByte(RECORD);
                type(r.getClass());
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    value(c.getAccessor().invoke(r));
                }
            } else if (v instanceof Enum<?> e && e.getDeclaringClass().getPackageName().equals(PACKAGE)) {
                out.writeByte(ENUM);
                type(e.getDeclaringClass());
                out.writeUTF(e.name());
            } else {
                throw new IOException("cannot keep a " + v.getClass().getName() + " in the catalog cache");
            }
        }

        private void type(Class<?> c) throws IOException {
            Integer known = classes.get(c);
            if (known != null) {
                out.writeInt(known);
            } else {
                out.writeInt(-1);
                out.writeUTF(c.getName());
                classes.put(c, classes.size());
            }
        }
    }

    private static final class Reader {
        private static final int MAX_DEPTH = 24;
        private final DataInputStream in;
        private final List<Class<?>> classes = new ArrayList<>();
        private final Map<Class<?>, Constructor<?>> constructors = new HashMap<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Object value(int depth) throws IOException, ReflectiveOperationException {
            if (depth > MAX_DEPTH) {
                throw new IOException("nested too deeply");
            }
            byte tag = in.readByte();
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return in.readUTF();
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case INT:
                    return in.readInt();
                case LONG:
                    return in.readLong();
                case DOUBLE:
                    return in.readDouble();
                case LIST: {
                    int n = count();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(value(depth + 1));
                    }
                    return list;
                }
                case MAP: {
                    int n = count();
                    Map<Object, Object> map = new LinkedHashMap<>(Math.max(4, n * 2));
                    for (int i = 0; i < n; i++) {
                        map.put(value(depth + 1), value(depth + 1));
                    }
                    return map;
                }
                case RECORD: {
                    Class<?> c = type();
                    Constructor<?> ctor = constructor(c);
                    Object[] args = new Object[ctor.getParameterCount()];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = value(depth + 1);
                    }
                    return ctor.newInstance(args);
                }
                case ENUM: {
                    Class<?> c = type();
                    if (!c.isEnum()) {
                        throw new IOException(c.getName() + " is not an enum");
                    }
                    String name = in.readUTF();
                    for (Object constant : c.getEnumConstants()) {
                        if (((Enum<?>) constant).name().equals(name)) {
                            return constant;
                        }
                    }
                    throw new IOException("no constant " + name + " in " + c.getName());
                }
                default:
                    throw new IOException("unknown tag " + tag);
            }
        }

        private int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > MAX_ITEMS) {
                throw new IOException("bad size " + n);
            }
            return n;
        }

        /** Only the catalog package's own types, loaded without initializing anything else. */
        private Class<?> type() throws IOException, ClassNotFoundException {
            int index = in.readInt();
            if (index >= 0) {
                if (index >= classes.size()) {
                    throw new IOException("unknown type reference " + index);
                }
                return classes.get(index);
            }
            String name = in.readUTF();
            if (!name.startsWith(PACKAGE + ".") || name.indexOf('.', PACKAGE.length() + 1) >= 0) {
                throw new IOException("not a catalog type: " + name);
            }
            Class<?> c = Class.forName(name, false, SerializedCatalog.class.getClassLoader());
            if (!c.isRecord() && !c.isEnum()) {
                throw new IOException("not a catalog record or enum: " + name);
            }
            classes.add(c);
            return c;
        }

        private Constructor<?> constructor(Class<?> c) throws IOException, NoSuchMethodException {
            if (!c.isRecord()) {
                throw new IOException(c.getName() + " is not a record");
            }
            Constructor<?> known = constructors.get(c);
            if (known == null) {
                RecordComponent[] components = c.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < types.length; i++) {
                    types[i] = components[i].getType();
                }
                known = c.getDeclaredConstructor(types);
                constructors.put(c, known);
            }
            return known;
        }
    }
}
