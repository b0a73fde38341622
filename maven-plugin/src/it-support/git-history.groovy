// Git history for the integration-test projects: each prebuild.groovy loads this class with
//   def History = evaluate(new File(itSupport, 'git-history.groovy')); def h = new History(basedir)
// and builds its commits from directories, so every IT starts from a real repository.
class History {
    final File dir

    History(File dir) {
        this.dir = dir
        git('init', '-q', '-b', 'main')
        new File(dir, '.gitignore').text = 'target/\nbuild.log\n'
    }

    /** Runs git in the project directory, isolated from the user's and the system's git configuration. */
    String git(String... args) {
        def cmd = ['git', '-c', 'user.name=opsdiff-it', '-c', 'user.email=it@opsdiff.invalid',
                   '-c', 'commit.gpgSign=false', '-c', 'core.hooksPath=/dev/null'] + args.toList()
        def pb = new ProcessBuilder(cmd).directory(dir).redirectErrorStream(true)
        ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_CONFIG_GLOBAL'].each { pb.environment().remove(it) }
        pb.environment().put('GIT_CONFIG_NOSYSTEM', '1')
        pb.environment().put('HOME', dir.absolutePath) // no ~/.gitconfig
        def p = pb.start()
        def out = p.inputStream.text
        if (p.waitFor() != 0) {
            throw new IllegalStateException("git ${args.join(' ')} failed in ${dir}: ${out}")
        }
        return out
    }

    /** Replaces directory {@code to} (relative to the project) by a copy of {@code from}. */
    History put(File from, String to) {
        def target = new File(dir, to)
        target.deleteDir()
        copy(from, target)
        return this
    }

    History write(String path, String text) {
        def f = new File(dir, path)
        f.parentFile.mkdirs()
        f.text = text
        return this
    }

    History commit(String message) {
        git('add', '-A')
        git('commit', '-q', '-m', message)
        return this
    }

    private static void copy(File from, File to) {
        if (from.isDirectory()) {
            to.mkdirs()
            from.listFiles().each { copy(it, new File(to, it.name)) }
        } else {
            to.parentFile.mkdirs()
            to.bytes = from.bytes
        }
    }
}
return History
