def History = evaluate(new File(itSupport, 'git-history.groovy'))
def h = History.newInstance(basedir)
h.put(new File(examplesDir, 'pricing/before/src'), 'src').commit('pricing service')
// A harmless change: a new method that does no I/O, and a comment.
def service = new File(basedir, 'src/main/java/com/acme/shop/pricing/PricingService.java')
def text = service.text
def end = text.lastIndexOf('}')
service.text = text.substring(0, end) + '''
    /** For the admin page. */
    public String describe() {
        return "pricing service"; // no I/O
    }
}
'''
h.commit('describe the service')
return true
