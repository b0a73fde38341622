def History = evaluate(new File(itSupport, 'git-history.groovy'))
def h = History.newInstance(basedir)
h.put(new File(examplesDir, 'pricing/before/src'), 'pricing/src').commit('catalog and pricing')
h.put(new File(examplesDir, 'pricing/after/src'), 'pricing/src').commit('extract DiscountCalculator')
return true
