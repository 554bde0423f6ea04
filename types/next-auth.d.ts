// What Tokenmeter adds to next-auth's session and token: the account id and its session version.
import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    uid?: string;
    sv?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}
