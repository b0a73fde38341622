def History = evaluate(new File(itSupport, 'git-history.groovy'))
def h = History.newInstance(basedir)
h.put(new File(basedir, 'history/v1/orders/src'), 'orders/src').commit('invoice totals with one batch query')
h.put(new File(basedir, 'history/v2/orders/src'), 'orders/src').commit('invoice totals per order')
return true
