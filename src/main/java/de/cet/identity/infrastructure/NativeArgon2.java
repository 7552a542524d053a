package de.cet.identity.infrastructure;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import de.cet.identity.application.Argon2Engine;

/**
 * Argon2id computed by the reference C library (Debian's {@code libargon2-1}), called through JNA. The
 * library is looked up as {@code libargon2.so} and then by its versioned name, because the runtime
 * package ships only {@code libargon2.so.1} (the unversioned link comes with the -dev package).
 */
public final class NativeArgon2 implements Argon2Engine {

    /** The part of argon2.h that CET calls; size_t is a C long on the 64-bit Linux hosts CET runs on. */
    interface LibArgon2 extends Library {
        int argon2id_hash_raw(int tCost, int mCost, int parallelism, byte[] pwd, NativeLong pwdlen, byte[] salt,
                              NativeLong saltlen, byte[] hash, NativeLong hashlen);

        String argon2_error_message(int errorCode);
    }

    private final LibArgon2 library;
    private final String name;

    private NativeArgon2(LibArgon2 library, String name) {
        this.library = library;
        this.name = name;
    }

    /** Loads the first of {@code names} that the dynamic linker finds; throws when none is there. */
    public static NativeArgon2 load(String... names) {
        UnsatisfiedLinkError last = null;
        for (String name : names) {
            try {
                return new NativeArgon2(Native.load(name, LibArgon2.class), name);
            } catch (UnsatisfiedLinkError e) {
                last = e;
            }
        }
        throw last != null ? last : new UnsatisfiedLinkError("no library name given");
    }

    @Override
    public byte[] argon2id(byte[] passwordUtf8, byte[] salt, int memoryKib, int iterations, int tagBytes) {
        byte[] out = new byte[tagBytes];
        int code = library.argon2id_hash_raw(iterations, memoryKib, 1, passwordUtf8, new NativeLong(passwordUtf8.length),
            salt, new NativeLong(salt.length), out, new NativeLong(tagBytes));
        if (code != 0) {
            throw new IllegalStateException("libargon2 failed: " + library.argon2_error_message(code));
        }
        return out;
    }

    @Override
    public String description() {
        return "native libargon2 (" + name + ")";
    }
}
