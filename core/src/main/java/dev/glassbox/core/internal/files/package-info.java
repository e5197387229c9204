/**
 * How Glassbox writes a user's files without ever losing one: exported only to Glassbox's own
 * modules, not API.
 */
package dev.glassbox.core.internal.files;
