/** An example weighting plugin that reorders the objective: even class sizes before fewest composites. */
package org.classcruncher.plugins.balance;
