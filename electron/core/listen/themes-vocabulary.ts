// Common customer-experience topics, written for Earshot: each with the words that signal it (and how strongly)
// and plain labels. Discovery (themes-discover.ts) finds the topics this list does not know.

export interface ConceptVariant {
  /** Appended to the concept's key, so one key always means one label. */
  key: string;
  label: string;
  /** The variant applies when at least `share` of the members use one of these words. */
  when: string[];
  share?: number;
  /**
   * A sub-topic rather than a setting ("app sign-in" of "the app", not "late flights" of "delays"): only the members
   * that use its words carry its name; the others stay under the concept's own label.
   */
  split?: boolean;
}

export interface ConceptFacet {
  key: string;
  /** A short noun phrase; two facets are joined with "and" ("seats and wifi"). */
  label: string;
  words: string[];
}

export interface Concept {
  key: string;
  label: string;
  /** Words and phrases (matched on stems) with their weight: 3 says it alone, 1 is a hint. */
  terms: Record<string, number>;
  /** More specific concepts that win when the conversation also clearly speaks of them ("delivery was delayed"). */
  yieldsTo?: string[];
  /** Checked in order; the first that fits names the theme, otherwise `label`. */
  variants?: ConceptVariant[];
  /** For broad concepts: the label lists the one or two facets most members talk about. */
  facets?: ConceptFacet[];
}

export const CONCEPTS: Concept[] = [
  {
    key: 'service',
    label: 'customer service',
    yieldsTo: ['cancel'],
    terms: {
      'customer service': 3.5, 'customer care': 3.5, 'customer support': 3.5, 'on hold': 3.5, 'hold time': 3,
      'hung up': 3, 'hang up': 2.5, 'call back': 2.5, 'call center': 3, 'help desk': 3, helpline: 3, hotline: 3,
      'no response': 3, 'no reply': 3, 'no answer': 2.5, 'get through': 2.5, 'speak to': 2, 'talk to': 1.5,
      'nobody answer': 2.5, 'busy signal': 3, disconnected: 2, representative: 2, rep: 2, reps: 2, hold: 1.5,
      phone: 2, telephone: 2, call: 1.5, called: 2, calling: 1.5, calls: 2, agent: 1.5, agents: 1.5, respond: 2,
      response: 2, reply: 2, replied: 2, answer: 1, email: 1.2, emailed: 2, chat: 1, dm: 0.8, contact: 1.2,
      support: 1.5, service: 1.2, help: 0.6, helpful: 0.8, assistance: 1.5, assist: 1.5, understaffed: 2, 'no one': 0.8,
      complaint: 1.5, feedback: 0.8, apology: 0.8, apologize: 0.8,
    },
  },
  {
    key: 'delays',
    label: 'delays',
    yieldsTo: ['delivery'],
    terms: {
      delay: 3, delayed: 3, delays: 3, late: 2.5, 'behind schedule': 3, 'on time': 1.5, 'running late': 3,
      'missed connection': 3, 'missed my connection': 3, 'miss my connection': 3, tarmac: 2, 'sitting on the plane': 2.5, 'sitting on a plane': 2.5, 'stuck on the plane': 2.5, 'on the plane': 1,
      'still waiting': 1, waiting: 0.8, wait: 0.6, waited: 0.8, hours: 0.5, 'pushed back': 1.5, 'taking forever': 1.5,
    },
    variants: [
      { key: 'flights', label: 'late flights', when: ['flight', 'flights', 'plane', 'departure', 'gate', 'connection', 'tarmac', 'pilot', 'arrival'], share: 0.3 },
      { key: 'trains', label: 'late trains', when: ['train', 'trains', 'bus', 'buses'], share: 0.3 },
    ],
  },
  {
    key: 'cancel',
    label: 'cancellations',
    terms: { cancel: 3, cancelled: 3, canceled: 3, cancellation: 3, cancellations: 3, cancelling: 3, canceling: 3 },
    variants: [
      { key: 'flights', label: 'cancelled flights', when: ['flight', 'flights', 'plane', 'rebook', 'rebooked', 'airport'], share: 0.3 },
      { key: 'orders', label: 'cancelled orders', when: ['order', 'orders', 'preorder', 'purchase'], share: 0.3 },
      { key: 'subscriptions', label: 'cancelling subscriptions', when: ['subscription', 'membership', 'account', 'plan'], share: 0.3 },
    ],
  },
  {
    key: 'bags',
    label: 'bags and luggage',
    terms: {
      'lost bag': 4, 'lost bags': 4, 'lost luggage': 4, 'lost baggage': 4, 'lost my bag': 4, 'lost our bags': 4,
      'baggage claim': 2.5, 'checked bag': 2, luggage: 2.5, baggage: 2.5, bag: 1.6, bags: 1.6, suitcase: 2.5,
      suitcases: 2.5, lost: 0.8, missing: 0.6, 'never arrived': 1,
    },
    variants: [
      { key: 'damaged', label: 'damaged bags', when: ['damaged', 'damage', 'broken', 'broke', 'destroyed', 'ripped', 'torn', 'smashed'], share: 0.4 },
      { key: 'lost', label: 'lost bags', when: ['lost', 'lose', 'loses', 'losing', 'missing', 'find', 'found', 'where', 'deliver', 'delivered', 'claim', 'arrive', 'arrived', 'still'], share: 0.3 },
    ],
  },
  {
    key: 'booking',
    label: 'booking and tickets',
    terms: {
      book: 1.5, booked: 1.5, booking: 2.5, reservation: 2.5, reservations: 2.5, rebook: 1.5, ticket: 1.8,
      tickets: 1.8, 'change fee': 3, 'change my flight': 2, itinerary: 2, fare: 1.5, fares: 1.5,
      'confirmation number': 2, confirmation: 1.2, 'boarding pass': 1.5, 'seat assignment': 1.5,
    },
    variants: [{ key: 'online', label: 'booking online', when: ['website', 'site', 'online', 'app', 'error', 'page'], share: 0.4 }],
  },
  {
    key: 'money',
    label: 'refunds and charges',
    terms: {
      refund: 3, refunds: 3, refunded: 3, reimburse: 3, reimbursement: 3, reimbursed: 3, compensation: 2,
      compensate: 2, voucher: 2, vouchers: 2, 'money back': 3, charged: 2, overcharged: 3, 'double charged': 3,
      charge: 1.2, billing: 2.5, bill: 1.5, billed: 2.5, invoice: 2.5, payment: 1.5, 'credit card': 2, fee: 1.5, fees: 1.5,
    },
  },
  {
    key: 'staff',
    label: 'staff',
    terms: {
      'flight attendant': 3.5, 'flight attendants': 3.5, attendant: 3, attendants: 3, stewardess: 3, crew: 2,
      'crew member': 3, pilot: 1.5, staff: 2, employee: 1.5, employees: 1.5, rude: 2.5, rudely: 2.5, rudest: 2.5,
      attitude: 2, unprofessional: 2, manager: 1, cashier: 2, driver: 1.5, waiter: 2, waitress: 2,
      yelled: 2, condescending: 2, disrespectful: 2,
    },
    variants: [
      { key: 'crew', label: 'flight crew', when: ['attendant', 'attendants', 'crew', 'stewardess', 'pilot', 'pilots'], share: 0.4 },
      { key: 'rude', label: 'rude staff', when: ['rude', 'rudely', 'rudest', 'attitude', 'unprofessional', 'yelled', 'condescending', 'disrespectful'], share: 0.4 },
    ],
  },
  {
    key: 'comfort',
    label: 'comfort on board',
    terms: {
      seat: 1.8, seats: 1.8, legroom: 3, 'leg room': 3, cramped: 2, recline: 2, wifi: 3, 'wi fi': 3, internet: 2,
      entertainment: 2.5, tv: 2, movie: 1.5, movies: 1.5, screen: 1, food: 2, meal: 2, meals: 2, snack: 2,
      snacks: 2, drink: 1.5, drinks: 1.5, water: 1, coffee: 1.5, 'overhead bin': 2.5, bins: 2, bathroom: 2, toilet: 2, toilets: 2, restroom: 2,
      lavatory: 2, uncomfortable: 2, comfort: 1.5, comfortable: 1.5, turbulence: 2, landing: 1.2,
      inflight: 1.5, 'in flight': 1.5, onboard: 1.5, 'on board': 1.5, cabin: 1.5, blanket: 2, pillow: 2,
      headphones: 2, 'power outlet': 2.5, outlets: 2, dirty: 1.2, smell: 1.5,
    },
    facets: [
      { key: 'seats', label: 'seats', words: ['seat', 'seats', 'legroom', 'leg', 'recline', 'cramped', 'row', 'uncomfortable'] },
      { key: 'wifi', label: 'wifi', words: ['wifi', 'wi', 'internet'] },
      { key: 'food', label: 'food and drinks', words: ['food', 'meal', 'meals', 'snack', 'snacks', 'drink', 'drinks', 'water', 'coffee'] },
      { key: 'tv', label: 'entertainment', words: ['entertainment', 'tv', 'movie', 'movies', 'screen'] },
      { key: 'bins', label: 'overhead bins', words: ['overhead', 'bin', 'bins'] },
    ],
  },
  {
    key: 'lines',
    label: 'long lines',
    terms: {
      line: 1.8, lines: 2, queue: 2.5, queues: 2.5, 'long line': 3.5, 'check in': 2.5, checkin: 2.5, counter: 1.5,
      kiosk: 2, security: 1.5, tsa: 2, 'wait time': 1.5, crowded: 1.5,
    },
    variants: [{ key: 'checkin', label: 'check-in lines', when: ['check', 'checkin', 'counter', 'kiosk', 'desk'], share: 0.3 }],
  },
  {
    key: 'delivery',
    label: 'delivery times',
    terms: {
      delivery: 2.5, deliveries: 2.5, deliver: 1.5, delivered: 1.5, shipping: 2.5, shipped: 2.5, shipment: 2.5,
      package: 2, parcel: 2.5, courier: 2.5, tracking: 2, 'tracking number': 3, 'out of stock': 2.5, backorder: 2.5,
    },
  },
  {
    key: 'prices',
    label: 'prices',
    terms: {
      price: 2.5, prices: 2.5, pricing: 2.5, expensive: 2.5, overpriced: 3, cheap: 1.5, cheaper: 2, cost: 1.5,
      costs: 1.5, discount: 2.5, coupon: 2.5, deal: 1, sale: 1, 'rip off': 2.5, afford: 2,
    },
  },
  {
    key: 'battery',
    label: 'battery life',
    terms: {
      battery: 3, batteries: 3, 'battery life': 4, charger: 2.5, range: 2, 'dead battery': 4, 'hold a charge': 4,
    },
  },
  {
    key: 'digital',
    label: 'the app',
    terms: {
      app: 2.5, apps: 2.5, login: 3, 'log in': 3, 'sign in': 3, signin: 3, password: 3, 'two factor': 3,
      account: 1.2, update: 1.2, crash: 2, crashes: 2, crashed: 2, crashing: 2, bug: 2, bugs: 2, buggy: 2,
      glitch: 2, error: 1.5, website: 2.5, 'web site': 2.5, site: 1.5, online: 1, page: 1, download: 1.5,
    },
    variants: [
      { key: 'signin', label: 'app sign-in', when: ['login', 'log', 'sign', 'signin', 'password'], share: 0.35, split: true },
      { key: 'crashes', label: 'app crashes', when: ['crash', 'crashes', 'crashed', 'crashing', 'freezes', 'froze', 'bug', 'bugs', 'buggy'], share: 0.35, split: true },
      { key: 'website', label: 'the website', when: ['website', 'site', 'online', 'web', 'page'], share: 0.45, split: true },
    ],
  },
  {
    key: 'quality',
    label: 'product quality',
    terms: {
      quality: 2.5, broken: 1.5, broke: 1.5, defective: 3, faulty: 3, 'stopped working': 3, 'fell apart': 3,
      flimsy: 3, cheaply: 2, 'poor quality': 4, durability: 2.5, repair: 2, warranty: 2.5, replacement: 1.5,
    },
  },
  {
    key: 'weather',
    label: 'the weather',
    // Weather is the cause; what customers live through is the delay or the cancellation.
    yieldsTo: ['cancel', 'delays'],
    terms: { weather: 2, snow: 2, storm: 2, ice: 1.5, icy: 1.5, winter: 1, blizzard: 2, fog: 1.5 },
  },
  {
    key: 'rewards',
    label: 'points and rewards',
    terms: {
      miles: 2, points: 1, rewards: 2.5, loyalty: 2.5, 'frequent flyer': 3, status: 1, upgrade: 1.5,
      upgraded: 1.5, 'companion pass': 3, membership: 1.5, member: 1,
    },
  },
  {
    key: 'praise',
    label: 'thanks and praise',
    terms: {
      thanks: 1, thank: 1, 'thank you': 1.2, appreciate: 1, awesome: 1, amazing: 1, love: 1, great: 0.7,
      best: 0.7, kudos: 1.2, 'shout out': 1.2, 'great job': 1.5, 'well done': 1.5, excellent: 1, wonderful: 1,
    },
  },
];

/** A theme's tone weight in "most important first": unhappy talk matters most. */
export const TONE_WEIGHT: Record<string, number> = { unhappy: 1, asking: 0.75, neutral: 0.5, pleased: 0.4 };
export const UNKNOWN_TONE_WEIGHT = 0.6;
