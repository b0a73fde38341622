def History = evaluate(new File(itSupport, 'git-history.groovy'))
def h = History.newInstance(basedir)
h.put(new File(examplesDir, 'pricing/before/src'), 'src').commit('pricing service')
h.put(new File(examplesDir, 'pricing/after/src'), 'src').commit('extract DiscountCalculator')
return true
