/** What the database keeps about people and schools: accounts, schools, API tokens and the audit log. */
package org.classcruncher.account.entity;
