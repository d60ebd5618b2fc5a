// Word lists and sentence templates the benchmark corpus is assembled from ({slot}s are filled per note).

/** Interviewers', colleagues' and candidates' first names. */
export const FIRST_NAMES = [
  'Marcus', 'Priya', 'Jordan', 'Helen', 'Tomás', 'Aisha', 'Daniel', 'Mei', 'Olivia', 'Kwame',
  'Sofia', 'Liam', 'Fatima', 'Noah', 'Ingrid', 'Rafael', 'Chloe', 'Dmitri', 'Grace', 'Yusuf',
  'Hannah', 'Mateo', 'Nadia', 'Owen', 'Leila', 'Samuel', 'Rosa', 'Ethan', 'Amara', 'Felix',
];

/** Family names. */
export const LAST_NAMES = [
  'Castellanos', 'Whitaker', 'Blake', 'Park', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Brennan', 'Haddad',
  'Novak', 'Ferreira', 'Osei', 'Kowalski', 'Reyes', 'Nakamura', 'Fitzgerald', 'Abebe', 'Larsen', 'Demir',
  'Sullivan', 'Chen', 'Petrov', 'Mensah', 'Duarte', 'Iyer', 'Keller', 'Yilmaz', 'Gallagher', 'Sato',
];

/** Fictional employers, the one interviewing and the ones the candidate came from. */
export const COMPANIES = [
  'Northwind Supply', 'Harbor Health', 'Bluefield Schools', 'Carrow Industrial', 'Lumen Analytics',
  'Pinecrest Bank', 'Tidewater Logistics', 'Oakline Foods', 'Brightpath Software', 'Meridian Legal',
  'Fernhill Retail', 'Summit Outfitters', 'Riverbend Clinic', 'Copperleaf Design', 'Granite & Co.',
  'Willow Street Bistro', 'Atlas Freight', 'Clearwater Insurance', 'Stonebridge Partners', 'Redwood Labs',
  'Juniper Media', 'Beacon Credit Union', 'Elm Grove Academy', 'Kestrel Systems', 'Saltmarsh Hotels',
];

/** When the interview was. */
export const WHEN = [
  'this morning', 'yesterday', 'on Tuesday', 'on Thursday afternoon', 'earlier today', 'last week',
  'on Monday', 'yesterday afternoon', 'on Friday',
];

/** Weekdays. */
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Number words for years of experience. */
export const YEARS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten', 'twelve'];

/**
 * Fields of work: each fills the role-specific slots, so a note stays inside one trade.
 * `wins` read after "I": "In my last job I {win}."
 */
export const FIELDS = [
  {
    roles: ['backend engineer', 'platform engineer', 'data engineer'],
    teams: ['the payments team', 'the platform group', 'the data team'],
    topics: ['the move from the monolith to smaller services', 'how you run on-call', 'the flaky integration tests', 'the new billing API', 'the reporting pipeline'],
    skills: ['designing APIs other teams can rely on', 'debugging production incidents calmly', 'writing tests that catch real regressions', 'mentoring newer engineers', 'keeping data pipelines reliable'],
    tools: ['Postgres', 'Kafka', 'Terraform', 'Kubernetes'],
    wins: ["cut the checkout service's p95 latency from 900 ms to 310 ms", 'moved a nightly batch job to streaming without losing a record', 'brought the build time down from forty minutes to twelve', 'led incident reviews for a team of fourteen engineers'],
  },
  {
    roles: ['ICU nurse', 'charge nurse', 'pediatric nurse'],
    teams: ['the cardiac step-down unit', 'the night shift team', 'the pediatric floor'],
    topics: ['the new sepsis screening protocol', 'staffing on weekend nights', 'how handoffs work between shifts', "the unit's falls-prevention work", 'the move to bedside shift report'],
    skills: ['staying calm during rapid responses', 'teaching patients and their families', 'precise charting under pressure', 'precepting new graduates', 'coordinating care with physicians and pharmacy'],
    tools: ['Epic', 'the Pyxis system', 'smart infusion pumps'],
    wins: ['helped cut line infections on my unit by a third', 'precepted nine new graduates through their first year', 'led the rollout of bedside shift report on a 28-bed floor', 'served as charge nurse on more than a hundred night shifts'],
  },
  {
    roles: ['fifth-grade teacher', 'chemistry teacher', 'special education teacher'],
    teams: ['the science department', 'the grade-level team', 'the student support team'],
    topics: ['the new reading curriculum', 'how the school runs parent conferences', 'project-based learning', 'the after-school tutoring program', 'the shift to standards-based grading'],
    skills: ['planning differentiated lessons', 'building trust with families', 'calm classroom management', 'using assessment data to plan instruction', 'co-teaching with specialists'],
    tools: ['Google Classroom', 'running records', 'the district reading assessment'],
    wins: ["raised my class's reading scores by fourteen points in one year", 'started a robotics club that grew to forty students', 'rewrote the ninth-grade lab sequence with two colleagues', 'brought chronic absence in my homeroom down by half'],
  },
  {
    roles: ['account executive', 'sales development representative', 'regional sales manager'],
    teams: ['the Midwest territory', 'the mid-market team', 'the channel sales group'],
    topics: ['the distributor relationships', 'how quotas are set', 'the switch to a new CRM', 'the renewal pipeline', 'the expansion into healthcare accounts'],
    skills: ['opening conversations with cold accounts', 'negotiating multi-year renewals', 'forecasting honestly', 'listening before pitching', 'coaching newer reps'],
    tools: ['Salesforce', 'HubSpot', 'Gong'],
    wins: ['grew a stalled territory from $1.1M to $1.9M', 'closed the largest deal in my office last year', 'kept renewal rates above 95% for three years', 'built a partner program that now brings in a fifth of new revenue'],
  },
  {
    roles: ['store manager', 'assistant store manager', 'visual merchandiser'],
    teams: ['the flagship store', 'the weekend crew', 'the district team'],
    topics: ['holiday staffing', 'the inventory shrink problem', 'the new self-checkout lanes', 'how the store schedules part-time staff', 'the spring floor reset'],
    skills: ['scheduling a team of thirty fairly', 'training new hires quickly', 'handling upset customers', 'reading sales reports and acting on them', 'keeping a store clean and well stocked at peak'],
    tools: ['the point-of-sale system', 'Kronos scheduling', 'planograms'],
    wins: ['cut shrink by 22% in a year', 'took a store from last to third in the district on customer scores', 'trained four associates who are now department leads', 'ran two holiday seasons without a single missed shift'],
  },
  {
    roles: ['financial analyst', 'staff accountant', 'FP&A analyst'],
    teams: ['the FP&A group', "the controller's team", 'the treasury team'],
    topics: ['the month-end close', 'the move to rolling forecasts', "last year's audit findings", 'the budgeting calendar', 'the new expense policy'],
    skills: ['building models others can audit', 'explaining variances to managers outside finance', 'reconciling messy data', 'meeting close deadlines', 'documenting processes so they survive turnover'],
    tools: ['Excel', 'NetSuite', 'Power BI'],
    wins: ['shortened the month-end close from eight days to five', 'built the forecast model the board now uses', 'found $400K in duplicate vendor payments', 'automated the weekly cash report'],
  },
  {
    roles: ['UX designer', 'product designer', 'UX researcher'],
    teams: ['the mobile app team', 'the design systems group', 'the growth team'],
    topics: ['the onboarding redesign', 'how research reaches the roadmap', 'accessibility in the component library', 'the drop-off at checkout', 'the dashboard for small businesses'],
    skills: ['running usability studies on a small budget', 'turning research into clear flows', 'working closely with engineers', 'writing clear interface copy', 'prototyping quickly'],
    tools: ['Figma', 'Maze', 'Dovetail'],
    wins: ['raised onboarding completion from 54% to 71%', 'built a component library used by four product teams', 'ran forty customer interviews that reshaped our roadmap', 'cut support tickets about billing by a third with a redesign'],
  },
  {
    roles: ['line cook', 'sous chef', 'restaurant manager'],
    teams: ['the dinner line', 'the kitchen team', 'the front of house'],
    topics: ['the new seasonal menu', 'how prep is divided before service', 'the brunch rush', 'food cost targets', 'the private dining room'],
    skills: ['keeping a station clean under pressure', 'prepping efficiently', 'training new cooks', 'tasting and adjusting consistently', 'running a calm pass on busy nights'],
    tools: ['the combi oven', 'the ticket system', 'the prep lists'],
    wins: ['ran the grill station through 300-cover Saturdays', 'cut food waste on my station by about a fifth', 'helped open a second location', 'wrote the prep system the kitchen still uses'],
  },
  {
    roles: ['warehouse supervisor', 'logistics coordinator', 'inventory control lead'],
    teams: ['the second shift', 'the receiving dock', 'the outbound team'],
    topics: ['the pick-rate targets', 'the new handheld scanners', 'safety on the loading dock', 'peak season hiring', 'the cycle count schedule'],
    skills: ['keeping a shift safe and on schedule', 'coaching pickers', 'solving inventory discrepancies', 'planning labor for peak weeks', 'working with carriers on tight windows'],
    tools: ['the warehouse management system', 'RF scanners', 'our yard management tool'],
    wins: ['brought mispicks down by 35% on my shift', 'ran peak season with no recordable injuries', 'cleared a three-week receiving backlog in nine days', 'set up a cycle count program that cut write-offs in half'],
  },
  {
    roles: ['paralegal', 'legal assistant', 'contracts manager'],
    teams: ['the litigation group', 'the employment practice', 'the contracts team'],
    topics: ['the discovery backlog', 'the new document review platform', 'how deadlines are tracked', "the firm's pro bono work", 'the standard contract templates'],
    skills: ['managing discovery in large cases', 'drafting careful correspondence', 'keeping deadlines airtight', 'organizing exhibits for trial', 'negotiating routine contract terms'],
    tools: ['Relativity', 'Clio', 'Westlaw'],
    wins: ['managed discovery for a case with 400,000 documents', 'built the deadline tracker my team still uses', 'cut contract turnaround from three weeks to eight days', 'prepared exhibits for four trials in one year'],
  },
  {
    roles: ['customer support lead', 'support specialist', 'customer success manager'],
    teams: ['the support desk', 'the onboarding team', 'the enterprise accounts group'],
    topics: ['the ticket backlog', 'the new help center', 'how escalations reach engineering', 'the churn in small accounts', 'weekend coverage'],
    skills: ['calming frustrated customers', 'writing help articles people actually read', 'spotting patterns in tickets', 'onboarding new accounts', 'training new agents'],
    tools: ['Zendesk', 'Intercom', 'Jira'],
    wins: ['raised our satisfaction score from 82% to 93%', 'cut first-response time from six hours to forty minutes', 'wrote sixty help articles that halved repeat tickets', 'saved three at-risk enterprise accounts in one quarter'],
  },
];

/** Greeting lines. */
export const GREETINGS = ['Hi {name},', 'Hello {name},', 'Dear {title} {last},', 'Dear {name},', 'Good afternoon {name},', 'Hi {name} and {other},'];

/** Titles used with the family name. */
export const TITLES = ['Ms.', 'Mr.', 'Dr.', 'Mx.'];

/** Sign-off lines (the candidate's name follows on the next line). */
export const SIGNOFFS = ['Best,', 'Best regards,', 'Kind regards,', 'Thank you,', 'Warm regards,', 'Many thanks,', 'All the best,', 'Sincerely,'];

/** Sentences in clean notes and problem notes alike, by the part of the note they belong to. */
export const CLEAN = {
  thanks: [
    'Thank you for taking the time to meet with me {when} about the {role} position.',
    'Thanks again for speaking with me {when}; I enjoyed our conversation about {topic}.',
    'I wanted to thank you for the interview {when} and for walking me through how {team} works.',
    'Thank you for the conversation about the {role} role at {company}.',
    'I appreciated the time you and {other} spent with me {when}.',
    'Thank you for having me in to talk about the {role} opening.',
    'It was a pleasure to meet you and {other} {when}, and I am grateful for the time you gave me.',
    'Many thanks for the interview {when}; it was good to hear how {company} thinks about {topic}.',
    'Thank you for showing me around and introducing me to {team}.',
    'I really appreciated your candor about {topic}.',
    'Thanks so much for fitting me in on such a busy {day}.',
    "I'm grateful for the chance to interview for the {role} position.",
    'Thank you for a thoughtful and well-organized interview {when}.',
    'I am writing to thank you for meeting with me about the {role} job.',
  ],
  recap: [
    'I came away with a much clearer picture of {topic} and where you want {team} to be next year.',
    'Our discussion of {topic} stayed with me on the drive home.',
    'It was helpful to hear how {team} balances day-to-day work with longer projects like {topic}.',
    'I liked how openly you described the challenges around {topic}.',
    'You mentioned that {topic} is the biggest priority for the next six months, and that is exactly the kind of work I enjoy.',
    'Hearing {other} describe a typical week on {team} made the role feel very concrete.',
    'The part of the conversation I keep thinking about is {topic}.',
    'I was struck by how much the team cares about doing {topic} well rather than quickly.',
    'It sounds like {company} is at an interesting point, with {topic} about to change a lot of how the team works.',
    'I appreciated that you were honest about what is hard on {team} right now.',
    'When you described {topic}, it reminded me of a similar problem we solved at {prev}.',
    'The questions you asked about {skill} were thoughtful, and I enjoyed answering them.',
    'I also enjoyed meeting {other}, who explained how the team uses {tool} every day.',
    "I left with a good sense of the team's culture and the pace of the work.",
    'It was clear from our talk that {team} is growing, and that the next hire will shape how it works.',
    'I found it encouraging that the team already has a plan for {topic}.',
  ],
  strengths: [
    'In my {years} years at {prev}, I {win}.',
    'At {prev} I {win}, and I would bring the same focus to {company}.',
    'I think my experience with {skill} would help {team} from the first week.',
    'Much of my recent work has centered on {skill}, which seems to be what the role needs most.',
    'I have used {tool} daily for the past {years} years, so I could get up to speed quickly.',
    'One result I am proud of: I {win}.',
    'My background in {skill} and {skill2} lines up well with what you described.',
    'I am at my best when I can combine {skill} with steady, careful follow-through.',
    'Colleagues at {prev} often came to me for help with {skill}.',
    'I would bring a practical, calm approach to {topic}.',
    'I have trained others on {tool}, and I enjoy helping a team adopt better habits.',
    'Last year I {win}, mostly by listening to the people doing the work.',
    'The work on {topic} is close to what I did at {prev}, where I {win}.',
    'I am confident I could take ownership of {topic} and show progress within the first quarter.',
    'I care a great deal about {skill}, and my references can speak to it.',
    'Beyond the day-to-day work, I am good at keeping people informed when plans change.',
    'I learn new systems quickly; at {prev} I was fully independent on {tool} within a month.',
    'I think the combination of {skill} and experience with {tool} makes me a strong fit for {team}.',
    'My manager at {prev} trusted me with {topic2}, and I handled it from planning through delivery.',
    'I have a habit of writing things down, which helps when a team is busy and plans shift.',
  ],
  clarify: [
    'Having thought more about your question on {topic}, I would like to give a fuller answer.',
    'When you asked about {skill}, I gave a short answer; the better example is from {prev}, where I {win}.',
    'I realized afterwards that I never mentioned my experience with {tool}, which is relevant to {topic}.',
    'On your question about handling disagreement, I should have said that I try to settle it with evidence first and opinions second.',
    'To add to my answer about {topic}: I would start by talking with the people closest to the problem before changing anything.',
    'I did not explain my role at {prev} clearly, so here it is in one line: I was responsible for {skill} across the whole department.',
    'You asked what I would do in my first month; I would learn the current process around {topic}, meet everyone on {team}, and deliver one small improvement.',
    'I gave a rushed answer about weaknesses, so let me be more specific: I used to take on too much myself, and now I delegate earlier.',
    'On reflection, the example I gave about {tool} undersold what the project achieved.',
    'One thing I would add to our conversation about {topic} is that I have handled a similar rollout before.',
    'I should also have mentioned that the project at {prev} was delivered on time and under budget.',
    'A better answer to your question about pressure is the week I {win}, which was our busiest of the year.',
  ],
  extra: [
    'I have attached a short write-up of the project I mentioned.',
    'I have also completed a certificate in {skill}, which I forgot to mention.',
    'My references from {prev} are happy to speak with you whenever it suits.',
    'I am available to start after a two-week notice period.',
    'I would be glad to send the slides from the talk I gave on {topic}.',
    'If it helps, I can share a sample of the reports I prepared at {prev}.',
    'I live about twenty minutes from the office, so the on-site schedule would be easy for me.',
    'I am comfortable with the travel you described, including the occasional weekend.',
    'The schedule you outlined works well for me.',
    'I hold a current license and can provide a copy whenever you need it.',
  ],
  fit: [
    'The more I learn about {company}, the more I want to be part of what {team} is building.',
    'I am excited about the chance to work on {topic}.',
    'The role fits where I want to grow over the next few years.',
    'What I heard {when} confirmed that {company} is the kind of place where I do my best work.',
    'I admire the way {company} treats its customers, and I would be proud to represent that.',
    'I am very enthusiastic about the role and the people I met.',
    'It is rare to find a team that is this clear about its priorities.',
    'I think I could add a lot to {team}, and I know I would learn a lot from it.',
    "The team's focus on {topic} is exactly why I applied.",
    'I would enjoy working with {other} and the rest of {team}.',
  ],
  curious: [
    'I have been reading about {topic} since our talk and have a few ideas I would be glad to share.',
    'I am curious how {team} measures success in the first six months, and happy to discuss it whenever convenient.',
    'If there is anything else you need from me, such as a work sample or references, just let me know.',
    'I was interested to hear that {company} is planning to expand {team} next year.',
    'It would be great to hear more about how {tool} fits into the workflow.',
    'I was glad to learn that {company} supports ongoing training.',
  ],
  close: [
    'I look forward to hearing about the next steps.',
    'Thank you again for your time, and I hope to speak with you soon.',
    'Please let me know if there is anything else I can provide.',
    'I would welcome the chance to continue the conversation.',
    'Thanks again, and have a great week.',
    'I am excited about the possibility of joining {company}.',
    'I hope we get to work together on {topic}.',
    'Whatever you decide, I enjoyed meeting the team and learning about {company}.',
    'Thank you for considering me for the {role} position.',
    'Wishing you and {team} a good rest of the week.',
    'I would be happy to come back in if it would help.',
    'Thanks once more for a great conversation.',
  ],
};

/** Sentences for the problems the product flags, one list per problem. */
export const PROBLEMS = {
  whining: [
    'Honestly, the whole day felt unfair from the start.',
    "It wasn't fair that I was given only ten minutes for the case study.",
    "I have been feeling terrible ever since the interview, and I can't stop replaying it.",
    'Nothing ever seems to go my way in interviews, and this one was no different.',
    "The interview was a disaster, and I've barely slept since.",
    "I still can't believe how badly the second half went.",
    "It's so frustrating to prepare for weeks and then freeze on one question.",
    'I felt like nobody in the room wanted to give me a fair shot.',
    "I always seem to get the hardest questions, and it's honestly exhausting.",
    'The whole experience left me feeling pretty miserable.',
    'I wish the panel had been a little more understanding.',
    'Why does this always happen to me when it matters most?',
  ],
  begging: [
    'Please, please give me another chance to show you what I can do.',
    'I am begging you to reconsider me for the role.',
    "Please don't rule me out because of one bad answer.",
    'I would be so grateful if you could find it in your heart to give me one more shot.',
    'Please give me a second chance; I promise I will not let you down.',
    'I implore you to keep my application open.',
    'Please just let me come back for one more interview.',
    "Please, I'm asking you to give me another chance.",
    'I beg you not to make a final decision yet.',
    'Please reconsider; this role means the world to me.',
  ],
  blaming: [
    'The traffic on the highway made me late, and that threw off the whole interview.',
    "The recruiter never told me there would be a skills test, so I wasn't prepared.",
    'Your receptionist sent me to the wrong floor, which is why I arrived flustered.',
    "The questions were unclear, and that's why my answers came out wrong.",
    '{other} kept interrupting me, so I never got to finish my main point.',
    'The video link kept dropping because your system is unreliable.',
    "It was the recruiter's fault that I had the wrong start time.",
    "The room was so noisy that I couldn't concentrate on the case study.",
    'If the instructions had been clearer, I would have done much better on the exercise.',
    'My train was cancelled, so none of that was really my fault.',
    'The case study was poorly written, which made it impossible to give a good answer.',
    'The panel rushed me through every question, so I never had time to think.',
  ],
  badmouthing: [
    'My manager at {prev} was a micromanager who never trusted anyone.',
    'Honestly, my old boss was incompetent, which is why I want to leave.',
    "The people at {prev} are lazy and don't care about quality.",
    "My current employer is a mess, and the leadership team has no idea what it's doing.",
    'My last supervisor took credit for all of my work.',
    '{prev} is a terrible place to work, and everyone there knows it.',
    'My previous manager was a bully who shouted at the team every week.',
    'The leadership at {prev} is clueless about {topic}.',
    'My coworkers there were useless, so I ended up doing everything myself.',
    "Working for my old boss was a nightmare, and I can't wait to get away from that team.",
    "He was the worst manager I've ever had, and she wasn't much better.",
    "Frankly, {prev} is run by people who shouldn't be managing anyone.",
  ],
  apologizing: [
    'I am so sorry for my answer about {topic}.',
    'I apologize again for running over time.',
    'Sorry again for being a few minutes late.',
    "I'm really sorry that I rambled during the second question.",
    'Please accept my apologies for the confusion about my availability.',
    'I apologize for not having a better example ready.',
    'Sorry for the long email.',
    "I'm sorry if I seemed nervous.",
    'Again, I am truly sorry for the mix-up with the dates.',
    'I apologize for any inconvenience my late arrival caused.',
  ],
  slip: [
    'I noticed afterwards that I had a coffee stain on my shirt the whole time.',
    "I'm embarrassed that I stumbled over the word 'infrastructure' twice.",
    'I realized later that my collar was folded under during the interview.',
    'Sorry that I kept fidgeting with my pen.',
    'I also mispronounced {company} at the start, which was embarrassing.',
    "I hope you didn't notice that I had spinach in my teeth.",
    "I'm sorry I called the project by the wrong name for a moment.",
    "I kept saying 'um' far too much, and I apologize for that.",
    "I noticed my phone buzzed once during the interview, and I'm sorry about that.",
    "My hands were shaking when I handed you my resume, which I hope wasn't distracting.",
  ],
  desperation: [
    "I really need this job, and I'll do anything to get it.",
    "I've been out of work for eight months and I am running out of savings.",
    'This job is my last hope right now.',
    "I'm willing to take any salary you offer, honestly.",
    'I desperately need a steady income, so this role means everything to me.',
    "If I don't get this job, I don't know what I'll do.",
    'I am behind on rent, so I need to start as soon as possible.',
    'I have applied to over two hundred jobs and this is the only interview I got.',
  ],
  hounding: [
    'I will call you on {day} to check whether you have made a decision.',
    'Could you please let me know your decision by Friday?',
    "I'll keep following up every few days until I hear back.",
    'I need an answer by the end of the week because I have another offer.',
    'I will check in with your office every morning until a decision is made.',
    'Please tell me where I stand as soon as possible.',
    'I expect to hear back from you within 48 hours.',
    "If I don't hear from you by {day}, I'll call {other} directly.",
  ],
  selfDeprecation: [
    'I know I came across as completely incompetent.',
    "I'm such an idiot for forgetting that answer.",
    'I was hopeless in the technical round.',
    'I feel so stupid about how I answered the salary question.',
    "I'm clearly not as smart as the other candidates.",
    "I'm terrible at interviews and always have been.",
    'I must have looked like a total amateur.',
    'I am my own worst enemy in interviews.',
  ],
  oversharing: [
    "My girlfriend broke up with me the night before, so my head wasn't in it.",
    "I was hungover from my brother's wedding, which didn't help.",
    "My parents have been fighting about money, and it's been keeping me up at night.",
    'My divorce was finalized last week, so it has been a rough month.',
    'I had been up all night with a migraine and a sick dog.',
    'My landlord is trying to evict me, which is why I seemed distracted.',
    'My husband and I had a huge argument that morning, and I was still upset.',
    'I have been dealing with some messy family drama that I will not bore you with.',
  ],
};

/** Last lines that leave a bad impression, used to close some problem notes. */
export const NEGATIVE_ENDINGS = [
  'Anyway, sorry again for wasting your time.',
  "I understand if you've already ruled me out.",
  "I doubt I'll hear back, but I wanted to say this anyway.",
  'Sorry again for everything.',
  'I know I blew it, but thanks for reading.',
  "I'm sure you've found someone better by now.",
];

/** Lead-in lines for a short bullet list. */
export const LIST_INTROS = [
  'A few things I would bring to {team}:',
  'To sum up what I would focus on first:',
  'Here is what I took away from our conversation:',
  'Three points I did not get to make:',
  'In short, I offer:',
];

/** Bullet items (fragments, no final full stop). */
export const BULLETS = [
  'Hands-on experience with {tool}',
  '{years} years of {skill}',
  'A track record: I {win}',
  'A plan for {topic} in the first ninety days',
  'Steady communication with {team} and the people it serves',
  'Comfort with {skill2}',
  'Experience training others on {tool}',
  'Familiarity with {topic2} from my time at {prev}',
  'A calm head on busy days',
  'References from {prev} who know my work well',
];

/** Sentences carrying one Markdown link; {url} is filled with a link for the candidate. */
export const LINK_SENTENCES = [
  'You can see a few examples of my work [in my portfolio]({url}).',
  'I wrote a short piece about {topic} last year, [which you can read here]({url}).',
  'Here is [the case study I mentioned]({url}), in case it is useful.',
  'My [LinkedIn profile]({url}) lists the references I mentioned.',
  'I put together [a one-page summary of my ideas on {topic}]({url}).',
];

/** Slips of the keyboard a real note sometimes carries: correct word → misspelling. */
export const TYPOS = [
  ['receive', 'recieve'],
  ['definitely', 'definately'],
  ['until', 'untill'],
  ['their', 'thier'],
  ['the', 'teh'],
  ['grateful', 'greatful'],
  ['forward', 'foward'],
  ['interview', 'interveiw'],
  ['position', 'postion'],
  ['experience', 'experiance'],
  ['which', 'wich'],
  ['about', 'abuot'],
  ['team', 'taem'],
];
