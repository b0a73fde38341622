// Runs only when the plugin brings the precise (Spoon) front end, i.e. when spoon-core was installed into the IT
// repository as one of the plugin's dependencies (issue 12, part A). Without it the second build cannot fail and
// this test is reported as skipped.
def spoon = new File(localRepositoryPath, 'fr/inria/gforge/spoon/spoon-core')
if (!spoon.isDirectory()) {
    println 'precise-jar: skipped, the plugin has no Spoon front end yet (no spoon-core among its dependencies)'
    return false
}
return true
