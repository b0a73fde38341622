package dev.opsdiff.resolve;

import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.catalog.Effect;
import dev.opsdiff.catalog.EffectKind;
import dev.opsdiff.catalog.RoleApi;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Parameter;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.model.TypeModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Effects of project types the catalog cannot name (catalog section {@code roles:}, see {@link RoleApi}): mappers
 * registered by package scan or by a library supertype, and — at lower confidence, said in the finding — repositories,
 * mappers and clients known only by their name, in the sources or not in them at all.
 */
final class ProjectRoles {
    private static final Pattern COLLECTION = Pattern.compile(
            "(.*\\[\\]|(java\\.util\\.)?(List|Set|Collection|Iterable|SortedSet|NavigableSet)(<.*>)?)");
    private final ProgramModel program;
    private final TypeResolver types;
    private final List<Compiled> roles = new ArrayList<>();
    private final boolean byName;
    private final Set<String> projectRoots = new LinkedHashSet<>();
    private final Map<RoleApi, Set<String>> scanned = new HashMap<>();

    private record Compiled(RoleApi api, Pattern writes, Pattern batch, Pattern ignore) {
    }

    ProjectRoles(ProgramModel program, Catalog catalog, TypeResolver types) {
        this.program = program;
        this.types = types;
        this.byName = catalog.rolesByName();
        for (RoleApi r : catalog.roles()) {
            roles.add(new Compiled(r, regex(r.writes()), regex(r.batch()), regex(r.ignore())));
        }
        for (FileModel f : program.files()) {
            projectRoots.add(root(f.packageName()));
        }
        for (Compiled c : roles) {
            scanned.put(c.api(), scannedPackages(c.api()));
        }
    }

    /** A declared abstract method of a project interface (no library effect of its own): its role's effect. */
    Optional<Effect> ofDeclared(TypeModel type, List<String> closure, MethodModel declared, CallSite site) {
        for (Compiled c : roles) {
            if (structural(c.api(), type, closure)) {
                return effect(c, type.simpleName(), site, declared, null);
            }
        }
        if (byName && !isAnnotatedAsSomethingElse(type)) {
            for (Compiled c : roles) {
                if (suffixMatches(c.api(), type.simpleName())) {
                    return effect(c, type.simpleName(), site, declared, "treated as a " + c.api().role()
                            + " by its name (`" + type.simpleName() + "` declares no library supertype)");
                }
            }
        }
        return Optional.empty();
    }

    /** A call on a project type that is not among the analyzed sources at all (another module, generated code). */
    Optional<Effect> ofUnseen(String typeName, TypeModel context, CallSite site) {
        if (!byName || !isProjectType(typeName, context)) {
            return Optional.empty();
        }
        String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
        for (Compiled c : roles) {
            if (suffixMatches(c.api(), simple) || inScannedPackage(c.api(), typeName)) {
                return effect(c, simple, site, null, "type not in the analyzed sources; treated as a "
                        + c.api().role() + " by its name");
            }
        }
        return Optional.empty();
    }

    private Optional<Effect> effect(Compiled c, String typeName, CallSite site, MethodModel declared, String basis) {
        String name = site.name();
        if (c.ignore() != null && c.ignore().matcher(name).matches()) {
            return Optional.empty();
        }
        EffectKind kind = c.writes() != null && c.writes().matcher(name).matches() ? EffectKind.DB_WRITE
                : c.api().effect();
        boolean batch = (c.batch() != null && c.batch().matcher(name).matches())
                || (declared != null && declared.parameters().stream().map(Parameter::typeName)
                .anyMatch(t -> t != null && COLLECTION.matcher(t).matches()));
        boolean remote = kind != EffectKind.CACHE_READ && kind != EffectKind.CACHE_WRITE;
        return Optional.of(new Effect(kind, typeName + "." + name, typeName, remote, batch, c.api().library(), false,
                basis));
    }

    /** Sure signs of the role: a library supertype, a package registered by scan, parameter annotations. */
    private boolean structural(RoleApi r, TypeModel type, List<String> closure) {
        if (r.supertypes() != null && closure.stream().anyMatch(r.supertypes()::contains)) {
            return true;
        }
        if (inScannedPackage(r, type.qualifiedName())) {
            return true;
        }
        if (r.parameterAnnotations() != null && !r.parameterAnnotations().isEmpty() && type.isInterface()) {
            for (MethodModel m : type.methods()) {
                for (Parameter p : m.parameters()) {
                    for (Annotation a : p.annotations()) {
                        if (r.parameterAnnotations().contains(types.resolve(a.name(), type))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** A Spring stereotype or entity on the type says what it is; a name suffix must not override that. */
    private boolean isAnnotatedAsSomethingElse(TypeModel type) {
        return type.annotations().stream().anyMatch(a -> Set.of("Component", "Service", "Controller",
                "RestController", "Configuration", "Entity").contains(a.simpleName())
                || types.resolve(a.name(), type).startsWith("org.mapstruct."));
    }

    private static boolean suffixMatches(RoleApi r, String simpleName) {
        return r.suffixes() != null && r.suffixes().stream().anyMatch(s -> simpleName.endsWith(s)
                && simpleName.length() > s.length());
    }

    private boolean inScannedPackage(RoleApi r, String qualifiedType) {
        int dot = qualifiedType.lastIndexOf('.');
        String pkg = dot < 0 ? "" : qualifiedType.substring(0, dot);
        return scanned.getOrDefault(r, Set.of()).stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
    }

    /** Packages named by the role's scan annotations anywhere in the program. */
    private Set<String> scannedPackages(RoleApi r) {
        Set<String> out = new LinkedHashSet<>();
        if (r.scanAnnotations() == null || r.scanAnnotations().isEmpty()) {
            return out;
        }
        for (TypeModel t : program.types()) {
            for (Annotation a : t.annotations()) {
                if (!r.scanAnnotations().contains(types.resolve(a.name(), t))) {
                    continue;
                }
                for (String attr : List.of("value", "basePackages")) {
                    String v = a.attributes().get(attr);
                    if (v != null) {
                        for (String p : v.replaceAll("[{}\"\\s]", "").split(",")) {
                            if (!p.isEmpty()) {
                                out.add(p.replaceAll("\\.\\*+$", ""));
                            }
                        }
                    }
                }
                String classes = a.attributes().get("basePackageClasses");
                if (classes != null) {
                    for (String c : classes.replaceAll("[{}\\s]", "").split(",")) {
                        String type = types.resolve(c.replace(".class", ""), t);
                        int dot = type.lastIndexOf('.');
                        if (dot > 0) {
                            out.add(type.substring(0, dot));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether a qualified type name lies under the project's own package roots (another module of it, say). */
    boolean inProjectNamespace(String qualifiedName) {
        return projectRoots.contains(root(qualifiedName));
    }

    /** Same package, or under the project's own package roots; a simple name no import explains counts too. */
    private boolean isProjectType(String typeName, TypeModel context) {
        if (typeName.indexOf('.') < 0) {
            FileModel file = program.fileOf(context);
            return file != null && file.imports().onDemand().stream().allMatch(p -> projectRoots.contains(root(p))
                    || explainsNoRoleName(p));
        }
        return projectRoots.contains(root(typeName)) || roles.stream().anyMatch(c -> inScannedPackage(c.api(),
                typeName));
    }

    /**
     * JDK packages imported on demand ({@code java.util.*}) declare no type named like a project role; only the
     * networking packages do ({@code java.net.http.HttpClient}), so they still count as an explanation.
     */
    private static boolean explainsNoRoleName(String onDemandPackage) {
        return onDemandPackage.startsWith("java.") && !onDemandPackage.startsWith("java.net");
    }

    /** The first three segments of a package ({@code org.apache.dolphinscheduler}): the project's namespace. */
    private static String root(String name) {
        String[] parts = name.split("\\.");
        return parts.length <= 3 ? name : String.join(".", parts[0], parts[1], parts[2]);
    }

    private static Pattern regex(String s) {
        return s == null ? null : Pattern.compile(s);
    }
}
