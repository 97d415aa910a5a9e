/** The work behind accounts: stores for accounts, schools and tokens, the password hash and the audit log. */
package org.classcruncher.account.control;
