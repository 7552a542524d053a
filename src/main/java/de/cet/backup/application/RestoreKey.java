package de.cet.backup.application;

/** What opens an archive: the backup passphrase, or an armored OpenPGP secret key with its passphrase. */
public sealed interface RestoreKey {

    record Passphrase(String value) implements RestoreKey {}

    record SecretKey(String armored, String passphrase) implements RestoreKey {}
}
