/**
 * The domain of Class Cruncher as immutable records: the school request (what the user asks), the class plan and
 * the solve result (what the planner answers). Records check their own invariants in their constructors and name
 * the offending field, so a request that exists is a valid one. These records are also the JSON format of the
 * REST API and of the benchmark instances. They are Serializable: the portal keeps them in its sessions, which nodes
 * on the data grid share.
 */
package org.classcruncher.api;
