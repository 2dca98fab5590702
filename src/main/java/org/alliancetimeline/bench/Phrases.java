package org.alliancetimeline.bench;

/** Sentence templates for the {@link CorpusGenerator}; slots are listed in {@code CorpusGenerator.Writer#slot}. */
final class Phrases {
    private Phrases() {
    }

    // ---- titles (no trailing full stop, no dates, at least four words)
    static final String[] TITLES = {
        "NATO seeks broad practical co-op with {P}",
        "{P} and NATO discuss {T}",
        "{SGS} urges allies to keep supporting {P}",
        "Allies pledge more help to {P} on {T}",
        "{P} is a highly valued partner, says {SGS}",
        "NATO delegation visits {PC} for talks on {T}",
        "{PD} foreign minister meets NATO chief in Brussels",
        "Alliance and {P} agree on new package for {T}",
        "{P} wants deeper cooperation with the Alliance",
        "NATO official praises {PD} contribution to missions",
        "Partnership with {P} enters a new phase",
        "{SGS}: door remains open, partners decide their own path",
        "Ambassadors review progress in NATO-{P} cooperation",
        "{P} to host NATO exercise on {T}",
    };
    static final String[] COLD_TITLES = {
        "NATO ministers meet in {CITY} amid East-West tension",
        "Allies review {TC} at North Atlantic Council",
        "{SGS} calls for unity of the Western allies",
        "NATO council discusses relations with {RU}",
        "Western allies divided over {TC}",
        "Atlantic alliance marks another year of common defence",
    };

    // ---- lead sentences; {WHEN} is empty, " on Tuesday", " this Tuesday" or " on October 31"
    static final String[] LEADS = {
        "NATO {SGT} met {PD} {ROLE} {OFN} at NATO Headquarters in Brussels{WHEN} to discuss {T} and the next steps in the partnership between the Alliance and {P}.",
        "NATO allies{WHEN} reaffirmed their support for {P} at a meeting of the North Atlantic Council, where ambassadors of the {N} member states reviewed progress in {T}.",
        "A NATO delegation arrived in {PC}{WHEN} for talks with the {PD} government on {T} and {T2}, officials said.",
        "{P} and NATO agreed{WHEN} to expand their cooperation in {T}, {PD} officials said after a meeting of the {FORUM}.",
        "NATO looks forward to a continued high-level political dialogue and broad practical cooperation with {P} in the coming period, a NATO official told reporters{WHEN}.",
        "The North Atlantic Council{WHEN} welcomed the progress {P} has made in {T}, describing the country as a valued and reliable partner of the Alliance.",
        "{PD} {ROLE} {OFN} held talks with NATO {SGT}{WHEN} in Brussels, focusing on {T} and on the security situation in the {REGION}.",
    };
    static final String[] COLD_LEADS = {
        "Foreign ministers of the {N} NATO countries met in {CITY}{WHEN} to review relations with {RU} and the state of {TC}.",
        "NATO {SGT} told reporters in {CITY}{WHEN} that the Alliance remained ready for dialogue with {RU} on {TC}.",
        "The North Atlantic Council met in {CITY}{WHEN} to discuss {TC}, with {M} pressing its allies for a common position.",
        "Defence ministers of the Atlantic alliance{WHEN} discussed {TC} at a two-day session in {CITY}.",
    };

    // ---- body sentences, partner era
    static final String[] PARTNER_SENTENCES = {
        "{PS} cooperation with NATO began in {PSY} under the {FW} framework.",
        "Since then, {PD} units have taken part in a number of NATO-led exercises and training courses.",
        "The Alliance has helped {P} with {T}, including training for officers and advice on legislation.",
        "Officials in {PC} have repeatedly said that closer ties with the Alliance remain a priority.",
        "The talks covered {T}, {T2} and the situation in the {REGION}.",
        "Diplomats said the meeting had been planned for several weeks.",
        "Several allies have offered additional support, according to people familiar with the discussions.",
        "The {FORUM} brings together allies and partners to discuss common security challenges.",
        "{P} contributes to NATO missions and takes part in the Planning and Review Process.",
        "Critics in {PC} argue that the pace of reform has been too slow, while supporters point to steady progress.",
        "NATO maintains a small liaison office that coordinates practical projects with the {PD} authorities.",
        "Analysts note that the partnership is built on shared interests rather than on any promise of membership.",
        "The next round of consultations is expected in the coming months.",
        "A joint statement issued after the meeting named {T} as an area for further work.",
        "Moscow has criticised the deepening ties, calling them a threat to its security.",
        "The {PD} parliament is expected to discuss the new cooperation programme before the end of the session.",
        "Practical projects between {P} and NATO, such as those on {T}, have been successfully implemented.",
        "The Alliance also funds a trust fund project in {P} that helps destroy old munitions and retrain former military personnel.",
        "Experts from several allied countries will visit {PC} to assess the needs of the {PD} armed forces.",
        "The {PD} side presented its priorities for {T} and asked for expert advice.",
        "Both sides stressed the importance of resolving conflicts in the region peacefully and in line with international law.",
        "NATO has always supported {PS} sovereignty and territorial integrity.",
        "{PD} officers have served at NATO headquarters and agencies for many years.",
        "The {SGTS} thanked {P} for its contribution to international operations.",
        "According to the Alliance, more than a dozen joint projects on {T3} are under way.",
        "The programme also includes courses on {T3} for civil servants and young officers.",
        "{PD} diplomats described the atmosphere of the talks as constructive.",
        "A senior allied diplomat said the discussion had been frank but friendly.",
        "The {PD} delegation also met members of the NATO Military Committee.",
        "Allies welcomed {PS} readiness to share its experience in {T3} with other partners.",
        "The two sides reviewed the implementation of the individual partnership programme.",
        "Work on {T3} will be coordinated by a joint working group that meets twice a year.",
        "The NATO Parliamentary Assembly has also called for closer cooperation with {P}.",
        "Officials said the new arrangements would make it easier for {PD} experts to take part in allied exercises.",
        "The Alliance has no plans to station forces in {P}, a spokesperson said when asked.",
        "Opposition politicians in {PC} welcomed the agreement but asked for more information about its cost.",
        "Cooperation in {T3} has grown steadily over the past years.",
        "The issue is expected to come up again when defence ministers meet in Brussels.",
        "Public support for the partnership in {P} remains high, according to recent surveys.",
        "The {PD} government has set up a new interagency commission to manage the cooperation.",
        "Some allies would like the partnership to move faster, while others counsel patience.",
        "The meeting ended with the signing of a memorandum on {T3}.",
        "A team of allied advisers has been working with the {PD} ministry of defence on {T3}.",
        "{PD} troops have trained with allied units on {T3} on several occasions.",
        "Allied ambassadors were also briefed on the situation in the {REGION}.",
        "A NATO information centre in {PC} organises lectures and exhibitions for students.",
        "The partnership has survived several changes of government in {PC}.",
        "Experts say cooperation on {T3} is one of the most successful parts of the relationship.",
    };
    static final String[] SECOND_PARTNER_SENTENCES = {
        "The meeting also touched on cooperation with {P2}, where NATO supports {T2}.",
        "Representatives of {P2} attended the session as observers.",
        "Similar talks with {P2} are planned for later in the year.",
        "Officials from {P2} were briefed on the results by video conference.",
        "{P2} and {P} are both valued partners of NATO, the official added.",
        "{P2C} has followed the talks closely, diplomats said.",
    };
    static final String[] YEAR_SENTENCES = {
        "It was the third such meeting in {Y}, according to the Alliance.",
        "Allies are due to review the progress again later in {Y}.",
        "The cooperation programme for {Y} was approved by the North Atlantic Council.",
        "Officials expect the figure to grow by the end of {Y}.",
    };
    static final String[] CLOSINGS = {
        "NATO and {P} have worked together for many years, cooperating in domains such as {T}, {T2} and civil preparedness.",
        "The main areas of practical cooperation between {P} and NATO include {T}, participation in international operations, emergency readiness and public diplomacy.",
        "Further talks are expected at the next meeting of allied foreign ministers.",
        "The Alliance said it would continue to support {P} in the years ahead.",
    };

    // ---- body sentences, Cold War / no partner
    static final String[] COLD_SENTENCES = {
        "The meeting took place against the background of continuing tension between East and West.",
        "Diplomats said the allies were divided over {TC}.",
        "{M} pressed for a firmer line, while other governments urged caution.",
        "The communiqué issued at the end of the session called for further study of {TC}.",
        "Relations with {RU} dominated the discussions, officials said.",
        "The {N} allies agreed to meet again at ministerial level later in the year.",
        "Military planners presented a report on {TC} that has not been made public.",
        "Observers noted that the Alliance's political committee had prepared the ground for weeks.",
        "The delegations of {M} and {M2} submitted a joint paper on {TC}.",
        "Officials said the question of {TC} would be referred to the Defence Planning Committee.",
        "The Council also heard a report on the situation in the Mediterranean.",
        "Newspapers in {M} described the outcome as a compromise.",
        "The ministers also discussed the defence budgets of the allied governments.",
        "A working group was asked to prepare proposals on {TC} before the next meeting.",
        "The delegation of {M} expressed reservations about the draft communiqué.",
        "Military commanders briefed the ministers on the readiness of allied forces in Europe.",
        "Officials said the talks had been businesslike and at times difficult.",
        "Several governments said they needed more time to study the proposals on {TC}.",
        "The Council agreed to keep the question of {TC} under review.",
        "Press reports in {M2} suggested that a compromise had been reached late at night.",
        "The allies reaffirmed their commitment to the principle of collective defence.",
        "{RU} was expected to respond to the proposals within weeks, diplomats said.",
        "Critics argued that the allies had missed a chance to take the initiative.",
        "The session was chaired by the foreign minister of {M}.",
    };

    // ---- quotations (no quotation marks inside, each ends with a full stop)
    static final String[] SG_QUOTES = {
        "{P} is a valued partner of NATO. We will continue to stand with {P} and support its sovereignty and territorial integrity.",
        "Our partnership with {P} has never been stronger. Together we are working on {T} and on {T2}.",
        "The door of NATO remains open. It is for {P} and the {N} allies to decide, and for nobody else.",
        "We have made real progress in {T}. But there is more work to do, and NATO will be there to help.",
        "Security in the {REGION} matters to all of us. That is why we are investing in our partnership with {P}.",
        "I welcome the reforms {P} has undertaken. They make the country stronger and our cooperation more effective.",
        "We have agreed to step up our support in {T}. This is a concrete sign of our commitment.",
        "Partners like {P} make an important contribution to our shared security.",
        "Today we discussed how we can do more together in {T3}. I thank {P} for its commitment.",
        "Our cooperation is practical and it is producing results. I count on {P} to remain an engaged partner.",
        "Stability in the {REGION} is important for the whole Euro-Atlantic area.",
    };
    static final String[] SG_WAR_QUOTES = {
        "Russia must stop its aggression. {P} has the right to choose its own path.",
        "Allies will continue to provide support to {P} for as long as it takes.",
        "Investing in {PS} security is also an investment in our own security.",
    };
    static final String[] OFFICIAL_QUOTES = {
        "We see our future in close cooperation with the Alliance. {P} is ready to contribute to Euro-Atlantic security.",
        "Our soldiers have served alongside NATO troops, and we are proud of that contribution.",
        "We are grateful to the allies for their support in {T}. This assistance makes a real difference for our people.",
        "Reform of the defence sector is our priority. We want armed forces that meet NATO standards.",
        "We have concrete proposals on {T}. I am confident that we will agree on the next steps soon.",
        "This visit sends a clear message. {P} is a reliable partner and will remain one.",
        "Our people expect results. Cooperation with NATO in {T3} is already bringing them.",
    };
    static final String[] NATO_OFFICIAL_QUOTES = {
        "Unresolved issues should be settled diplomatically. We hope to see steps towards a normalisation of relations in the region.",
        "The Alliance will continue to support {P} through practical projects in {T}.",
        "{P} is a valued partner. Our cooperation is based on mutual respect and shared interests.",
        "There is no change in our policy. Partners decide themselves how close they want to be to NATO.",
    };
    static final String[] COLD_QUOTES = {
        "The Alliance is defensive. We seek security at the lowest possible level of forces.",
        "Dialogue with {RU} is possible only from a position of unity among the allies.",
        "Our strength lies in the solidarity of free nations. No ally stands alone.",
        "We must not let our guard down. The threat has changed its form, not its nature.",
        "The allies are ready to negotiate. But negotiations require a partner who is willing to listen.",
    };
    /** Partial quotations: lower-case, no final full stop. */
    static final String[] FRAGMENTS = {
        "deepen practical cooperation with {P}",
        "keep the door open to new members",
        "support reforms in the defence and security sector",
        "remain vigilant and united",
        "strengthen the resilience of our partners",
        "work with {P} on {T}",
    };

    // ---- site furniture
    static final String[] RELATED_HEADLINES = {
        "Fuel prices expected to rise next month",
        "Heavy snow disrupts traffic in the capital",
        "Central bank keeps interest rate unchanged",
        "National team wins friendly match abroad",
        "How to keep bread fresh for a week",
        "Healthy salad from budget products in 10 minutes: share the recipe",
        "Carrot and apple salad",
        "New bridge to open before the summer",
        "Museum night attracts record crowds",
        "Pension payments to be indexed",
    };
    static final String[] TEASERS = {
        "All ingredients for this salad should be raw, except for the egg",
        "Currently, more than 1700 trucks are waiting at the checkpoints",
        "Forecasters warn of strong winds in the mountains",
        "The recipe takes only a few minutes and needs no oven",
    };
}
