import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { createContext, ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { PortaalConfig } from './config';

/** The organisation kinds and roles a Sluitend token carries (libs/auth claims.ts). */
export type OrganisatieType = 'vo-school' | 'mbo-instelling' | 'gemeente' | 'rmc-regio' | 'ggd' | 'partner' | 'ops';
export type Gebruiker = { sub: string; naam: string; org: { type: OrganisatieType; code: string }; rollen: string[] };

type AuthState = {
  gebruiker: Gebruiker | undefined;
  /** The access token for the API (Authorization: Bearer …). */
  token: () => string | undefined;
  inloggen: (terug?: string) => Promise<void>;
  uitloggen: () => Promise<void>;
  /** Finishes the login at /auth/callback; answers where the user wanted to go. */
  verwerkCallback: () => Promise<string>;
};

const AuthContext = createContext<AuthState | undefined>(undefined);

/** Sluitend's claims from the ID token's profile (the local provider puts org and roles there; scope `organisatie`). */
function gebruikerVan(user: User | null): Gebruiker | undefined {
  if (!user || user.expired) return undefined;
  const profile = user.profile as Record<string, unknown>;
  const org = profile.org as Gebruiker['org'] | undefined;
  const rollen = Array.isArray(profile.roles) ? (profile.roles as string[]) : [];
  if (!org || typeof org.type !== 'string' || typeof org.code !== 'string') return undefined;
  return { sub: user.profile.sub, naam: typeof profile.name === 'string' ? profile.name : user.profile.sub, org, rollen };
}

/**
 * Login with OpenID Connect: authorization code + PKCE (oidc-client-ts) at the organisation's provider, the session in
 * sessionStorage (closing the tab logs out; a reload keeps it), logout at the provider (RP-initiated logout).
 */
export function AuthProvider({ config, children }: { config: PortaalConfig; children: ReactNode }) {
  const manager = useMemo(
    () =>
      new UserManager({
        authority: config.oidcIssuer,
        client_id: config.clientId,
        redirect_uri: `${window.location.origin}/auth/callback`,
        post_logout_redirect_uri: `${window.location.origin}/`,
        response_type: 'code',
        scope: 'openid profile organisatie sluitend',
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
        loadUserInfo: false,
        automaticSilentRenew: false,
      }),
    [config],
  );
  const [user, setUser] = useState<User | null>(null);
  const [geladen, setGeladen] = useState(false);

  useEffect(() => {
    void manager.getUser().then((found) => {
      setUser(found);
      setGeladen(true);
    });
    const onExpired = () => setUser(null);
    manager.events.addAccessTokenExpired(onExpired);
    return () => manager.events.removeAccessTokenExpired(onExpired);
  }, [manager]);

  const state = useMemo<AuthState>(
    () => ({
      gebruiker: gebruikerVan(user),
      token: () => (user && !user.expired ? user.access_token : undefined),
      inloggen: (terug) => manager.signinRedirect({ state: { terug: terug ?? '/' } }),
      uitloggen: async () => {
        const idToken = user?.id_token;
        await manager.removeUser();
        setUser(null);
        await manager.signoutRedirect({ id_token_hint: idToken });
      },
      verwerkCallback: async () => {
        const signedIn = await manager.signinRedirectCallback();
        setUser(signedIn);
        const terug = (signedIn.state as { terug?: string } | undefined)?.terug;
        return terug && terug.startsWith('/') && !terug.startsWith('//') ? terug : '/';
      },
    }),
    [manager, user],
  );

  if (!geladen) return <p className="utrecht-paragraph">Bezig met laden…</p>;
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
