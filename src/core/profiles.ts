// Channel profiles: which reply elements a channel expects, before the config has its say.

import type { Category, SeveritySetting } from './types.js';

export const PROFILE_NAMES = ['email', 'chat', 'helpcenter'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export interface Profile {
  description: string;
  rules: Record<string, SeveritySetting>;
  categories: Partial<Record<Category, SeveritySetting>>;
}

export const PROFILES: Record<ProfileName, Profile> = {
  email: {
    description: 'Replies to a customer who wrote in: apology, acknowledgement and a next step expected.',
    rules: {
      'require-apology': 'warning',
      'require-acknowledgement': 'warning',
      'require-next-step': 'warning',
      'require-thanks': 'off',
      'require-closing': 'off',
    },
    categories: {},
  },
  chat: {
    description: 'Live chat: like email, and the agent should check whether anything else is open.',
    rules: {
      'require-apology': 'warning',
      'require-acknowledgement': 'warning',
      'require-next-step': 'warning',
      'require-thanks': 'off',
      'require-closing': 'info',
    },
    categories: {},
  },
  helpcenter: {
    description: 'Help-centre answers and notices: drier, no apology or acknowledgement required.',
    rules: {
      'require-apology': 'off',
      'require-acknowledgement': 'off',
      'require-next-step': 'off',
      'require-thanks': 'off',
      'require-closing': 'off',
    },
    categories: { negative: 'off' },
  },
};

export const DEFAULT_PROFILE: ProfileName = 'email';
