//! Table-driven attribution cases, written for these tests (no seed text).

use super::*;
use crate::extract::entities::EntityIndex;
use crate::extract::tests::docs_from;

/// (article paragraphs separated by blank lines, quoted words, expected speaker).
const CASES: &[(&str, &str, Option<&str>)] = &[
    // "the Bishop said": the person last named with that title, not the last named.
    (
        "The Bishop of Velm, the Rev Tom Arle, reviewed the novel by Kim Dorsey.\n\nWriting his Easter message in the Velm Echo, the Bishop said: “The book is fun but laughable.”",
        "The book is fun but laughable.",
        Some("Tom Arle"),
    ),
    // "the chancellor" is not the shadow chancellor.
    (
        "Chancellor Jo Brandt set the budget. Shadow chancellor Ola Reyes attacked it.\n\n“It will help families,” the chancellor said.",
        "It will help families,",
        Some("Jo Brandt"),
    ),
    // A name after a possessive is what someone has, not the subject: with no other
    // name, the quote is not "Easter"'s.
    (
        "Writing his Easter message, the vicar said: “We must all be kind.”",
        "We must all be kind.",
        None,
    ),
    // An opening word in "-ing" is a name when no object follows it ("Writing his …" is
    // a participle).
    (
        "The jet was grounded. Korling itself issued a statement saying it “has full confidence in the jet.”",
        "has full confidence in the jet.",
        Some("Korling"),
    ),
    // A quote run on from one left open goes on from its speaker; the next sentence
    // reports more of its own.
    (
        "Minister Ann Lee announced the cuts.\n\nUnion spokesman Jeff Arle said: “The cuts are deep. “Parts of the north will suffer.” The minister has said that the cuts will fund more teachers.",
        "Parts of the north will suffer.",
        Some("Jeff Arle"),
    ),
    // "…," X said
    (
        "Mayor Jane Holt opened the session.\n\n“The bridge will open in May,” Holt said.",
        "The bridge will open in May,",
        Some("Jane Holt"),
    ),
    // A surname in "-ly" is no adverb between the subject and the verb.
    (
        "Teachers may get new powers under a “zero tolerance” drive, Transport Secretary Ruth Kelly has suggested.",
        "zero tolerance",
        Some("Ruth Kelly"),
    ),
    (
        "“We want calm in every school,” said Ann Kelly.\n\n“It works,” Kelly added.",
        "It works,",
        Some("Ann Kelly"),
    ),
    // A quote standing as its own sentence after a quote of X goes on from X; the next
    // sentence, reporting more of its own, is no attribution of it.
    (
        "Telecoms firm Harven Networks filed its accounts. “We have a solid base,” said Harven president Ola Brandt. “The audit was a monumental task.” The company also said 12 executives would repay bonuses.",
        "The audit was a monumental task.",
        Some("Ola Brandt"),
    ),
    // … but not over a speaker the quote's own sentence names.
    (
        "Harven filed its accounts. “We have a solid base,” said chief Ola Brandt. Rival chief Jo Marr replied: “They are wrong about the costs.” The company also said 12 executives would repay bonuses.",
        "They are wrong about the costs.",
        Some("Jo Marr"),
    ),
    // A spokesman for a person speaks for that person, not the body last named.
    (
        "Speaker Dan Whitlow has not said whether he will hold a vote. House Republicans are split.\n\nA spokesman for Whitlow said the speaker would “review the Senate's work.”",
        "review the Senate's work.",
        Some("Dan Whitlow"),
    ),
    // A legislator's party and state tag is no speaker.
    (
        "“It is loaded with spending,” said Sen. Tom Beck, R-Kan., who voted against it.",
        "It is loaded with spending,",
        Some("Tom Beck"),
    ),
    // "…," said X, appositive role
    (
        "“We expect delays on the northern line,” said Omar Reyes, a spokesman for the transit authority.",
        "We expect delays on the northern line,",
        Some("Omar Reyes"),
    ),
    // X said: "…"
    (
        "Governor Lena Park said: “Every school will reopen on Monday morning.”",
        "Every school will reopen on Monday morning.",
        Some("Lena Park"),
    ),
    // X said that "…"
    (
        "Engineer Tom Varga said that “the cables were never tested under load.”",
        "the cables were never tested under load.",
        Some("Tom Varga"),
    ),
    // pronoun after the quote, resolved to the last named person
    (
        "Chief executive Ana Duarte spoke to investors on Tuesday.\n\n“Our sales doubled in the last quarter,” she said.",
        "Our sales doubled in the last quarter,",
        Some("Ana Duarte"),
    ),
    // verb before the subject with a pronoun
    (
        "Coach Ben Ito watched the match.\n\n“That was our best game this season,” said he.",
        "That was our best game this season,",
        Some("Ben Ito"),
    ),
    // interrupted quote: second half inherits the speaker
    (
        "“We tried everything,” Dr Mira Costa said. “Nothing worked for the patients in the end.”",
        "Nothing worked for the patients in the end.",
        Some("Mira Costa"),
    ),
    // floating quote paragraph continues the previous speaker
    (
        "“The vote is a disaster for the region,” said Senator Paul Wren.\n\n“We will appeal the decision in the courts as soon as possible.”",
        "We will appeal the decision in the courts as soon as possible.",
        Some("Paul Wren"),
    ),
    // title stripped: Mr
    (
        "Rafael Ortiz chairs the board.\n\n“The merger is off for good now,” Mr Ortiz said.",
        "The merger is off for good now,",
        Some("Rafael Ortiz"),
    ),
    // title stripped: President
    (
        "President Ada Brandt addressed parliament. “Taxes will not rise this year at all,” President Brandt said.",
        "Taxes will not rise this year at all,",
        Some("Ada Brandt"),
    ),
    // participle attribution: …, saying "…"
    (
        "Minister Karl Eder rejected the plan, saying “it would cost far too much money to build.”",
        "it would cost far too much money to build.",
        Some("Karl Eder"),
    ),
    // described as (fragment)
    (
        "Analyst Priya Nair described the results as “deeply disappointing.”",
        "deeply disappointing.",
        Some("Priya Nair"),
    ),
    // previous sentence attributes: X warned. "…"
    (
        "Economist Lars Berg warned that prices would climb. “We are not at the peak yet, not even close.”",
        "We are not at the peak yet, not even close.",
        Some("Lars Berg"),
    ),
    // appositive between subject and verb
    (
        "Nadia Sousa, the head of the union, said “the strike will continue until wages rise for everyone.”",
        "the strike will continue until wages rise for everyone.",
        Some("Nadia Sousa"),
    ),
    // object of a preposition is not the speaker
    (
        "Speaking alongside Pedro Lamas in Lisbon, Maria Fonte said “our two cities will build the line together.”",
        "our two cities will build the line together.",
        Some("Maria Fonte"),
    ),
    // wrote in a post
    (
        "Activist Joel Amari was online late.\n\n“The river is rising faster than anyone predicted tonight,” he wrote in a post on Facebook.",
        "The river is rising faster than anyone predicted tonight,",
        Some("Joel Amari"),
    ),
    // tweeted
    (
        "“Thank you to every volunteer who came out today to help,” Mayor Iris Kell tweeted.",
        "Thank you to every volunteer who came out today to help,",
        Some("Iris Kell"),
    ),
    // organisation as speaker
    (
        "“The aircraft was delivered in perfect condition to the airline,” Skyline Aviation said in a statement.",
        "The aircraft was delivered in perfect condition to the airline,",
        Some("Skyline Aviation"),
    ),
    // lower-case typo of a known surname
    (
        "Envoy Sam Kuder visited the port.\n\n“It was the first time we had heard them agree to that,” kuder stated.",
        "It was the first time we had heard them agree to that,",
        Some("Sam Kuder"),
    ),
    // curly closing mark used as an opening one
    (
        "Envoy Sam Kuder called it historic.”It was the first time we had ever seen that happen,” he said.",
        "It was the first time we had ever seen that happen,",
        Some("Sam Kuder"),
    ),
    // straight double quotes
    (
        "Judge Ellen Marsh ruled on Friday. \"The evidence was gathered unlawfully by the police,\" Marsh said.",
        "The evidence was gathered unlawfully by the police,",
        Some("Ellen Marsh"),
    ),
    // doubled apostrophes as quote marks
    (
        "Pilot Rui Sena landed safely. ''We lost one engine over the sea but kept calm,'' Sena said.",
        "We lost one engine over the sea but kept calm,",
        Some("Rui Sena"),
    ),
    // multi-paragraph quote: unclosed paragraph continues into the next
    (
        "“We will rebuild every house that was lost in the flood,” said Mayor Ivo Dantas. “It will take years.\n\n“But we will not leave anyone behind in this town.”",
        "But we will not leave anyone behind in this town.",
        Some("Ivo Dantas"),
    ),
    // according to
    (
        "“The talks collapsed after midnight without any agreement,” according to Lea Moreau, a negotiator.",
        "The talks collapsed after midnight without any agreement,",
        Some("Lea Moreau"),
    ),
    // speaker on a show, venue recorded
    (
        "Senator Abel Frost appeared on television.\n\n“We have the votes to pass it this week,” Frost said on NBC's “Sunday Report.”",
        "We have the votes to pass it this week,",
        Some("Abel Frost"),
    ),
    // told
    (
        "“We were told nothing about the closure until Friday,” parent Clara Webb told reporters.",
        "We were told nothing about the closure until Friday,",
        Some("Clara Webb"),
    ),
    // added
    (
        "Dr Hugo Lind examined the data. “The trial showed no serious side effects in adults,” Lind added.",
        "The trial showed no serious side effects in adults,",
        Some("Hugo Lind"),
    ),
    // unattributed quote stays unattributed
    (
        "The sign read “closed until further notice by order of the council.”",
        "closed until further notice by order of the council.",
        None,
    ),
    // she with two people: the most recent named
    (
        "Rita Vance met Bruno Hale on Monday. Later Rita Vance spoke.\n\n“I am confident we will reach a deal,” she said.",
        "I am confident we will reach a deal,",
        Some("Rita Vance"),
    ),
    // accents and spelling variants merge to one canonical name
    (
        "Minister José Ribeiro arrived.\n\n“Our ports stay open to every ship,” Ribeiro said. “We need the trade,” Jose Ribeiro added.",
        "We need the trade,",
        Some("José Ribeiro"),
    ),
    // single quotes used as quote marks
    (
        "Chef Dario Lund opened the kitchen. 'We serve every guest as if they were family,' Lund said.",
        "We serve every guest as if they were family,",
        Some("Dario Lund"),
    ),
    // nested quotes belong to the outer speaker
    (
        "“They told us, ‘wait until spring,’ and we waited all year,” said farmer Olga Brandt.",
        "They told us, ‘wait until spring,’ and we waited all year,",
        Some("Olga Brandt"),
    ),
    // explained
    (
        "“The delay came from a supplier in another country,” explained Tariq Haddad, the project manager.",
        "The delay came from a supplier in another country,",
        Some("Tariq Haddad"),
    ),
    // insisted
    (
        "Coach Ben Ito faced questions. He insisted: “Nobody on this team is leaving before the final.”",
        "Nobody on this team is leaving before the final.",
        Some("Ben Ito"),
    ),
    // posted
    (
        "“Proud of every single one of you tonight,” the singer Mara Vos posted on Instagram.",
        "Proud of every single one of you tonight,",
        Some("Mara Vos"),
    ),
    // dash credit after a pull-quote
    (
        "“This decision will cost the company billions in lost sales.” — analyst Henri Dupuis",
        "This decision will cost the company billions in lost sales.",
        Some("Henri Dupuis"),
    ),
    // name before a colon
    (
        "The crowd recalled the words of Nelson Okafor: “Freedom is never given, it is won.”",
        "Freedom is never given, it is won.",
        Some("Nelson Okafor"),
    ),
    // quoted X as saying
    (
        "“These are two different problems,” the newspaper quoted Wen Bo as saying on Monday.",
        "These are two different problems,",
        Some("Wen Bo"),
    ),
    // definite description continues a named speaker
    (
        "President Ada Brandt spoke on Tuesday. “I think it is a bad idea.” Later, the president continued, “We will not sign it in this form.”",
        "We will not sign it in this form.",
        Some("Ada Brandt"),
    ),
    // a spokesman speaks for the organisation last named
    (
        "The Harbour Authority closed the port on Friday.\n\n“We are working with the police to reopen it soon,” a spokesman said.",
        "We are working with the police to reopen it soon,",
        Some("Harbour Authority"),
    ),
    // attribution closing the sentence after a comma
    (
        "Captain Yara Holt was praised for her \"calm and exemplary conduct\" during the landing, Skyline Airways said.",
        "calm and exemplary conduct",
        Some("Skyline Airways"),
    ),
    // name, appositive, then verb after the quote
    (
        "“It is highly unusual for a new plane,” Dora Klein, a former safety inspector, told the Harbour Times.",
        "It is highly unusual for a new plane,",
        Some("Dora Klein"),
    ),
    // "he" stands for the subject of the sentence before, not a name in the possessive
    // there or a name after an earlier "he"
    (
        "Ann Lee's new film was overlooked, says Tom Arle, the editor of Velm Screen. But he also believes Lee’s politics do not sit well with voters. “They tend to go for films with scale,” he said.",
        "They tend to go for films with scale,",
        Some("Tom Arle"),
    ),
    // (a "he" inside quotation marks before the name is no subject of that sentence)
    (
        "After “He Knows Best” closed, Tom Arle left the stage for good.\n\n“The run was over,” he said.",
        "The run was over,",
        Some("Tom Arle"),
    ),
    // a name in the possessive is still the subject when no other is named
    (
        "Prime Minister Ann Lee's office says she expressed her “profound sadness” at the loss.",
        "profound sadness",
        Some("Ann Lee"),
    ),
    // the same with the comma closing the appositive left out: the verb ends the sentence
    (
        "Officials in Velm spoke out. “We want the firm to stay here,” Tom Arle, its minister for trade added.",
        "We want the firm to stay here,",
        Some("Tom Arle"),
    ),
    // modifier name before the speaker is skipped
    (
        "“The ban is reasonable and fair,” said Danish aviation expert Lars Holm.",
        "The ban is reasonable and fair,",
        Some("Lars Holm"),
    ),
    // organisation modifier before a role
    (
        "“Rebels do not get sponsored by big banks,” said Metro Radio host Ian Cole.",
        "Rebels do not get sponsored by big banks,",
        Some("Ian Cole"),
    ),
    // the speaker is the subject, not a name inside the quote
    (
        "Tyra Bell runs a small shop in the town.\n\n“Ivan Petrov has ruined this town for everyone who lives here,” she said.",
        "Ivan Petrov has ruined this town for everyone who lives here,",
        Some("Tyra Bell"),
    ),
    // subject with a long appositive holding another name
    (
        "The outgoing Liberal mayor, Peter Lund, who was once Ana Vik’s mentor and had hired her as an aide, said: “Her large victory shows the city wants change.”",
        "Her large victory shows the city wants change.",
        Some("Peter Lund"),
    ),
    // a spokesman for a named person, the person in apposition
    (
        "A spokesman for the Danish premier, Karen Holm, said it was a “victory for a strong and open region” on Sunday.",
        "victory for a strong and open region",
        Some("Karen Holm"),
    ),
    // a participle opening the sentence is not part of a name
    (
        "Nora Lind won the vote.\n\nSaying Vik voters backed her out of anger, she vowed: “I will work every day so there is no reason to vote for extremes.”",
        "I will work every day so there is no reason to vote for extremes.",
        Some("Nora Lind"),
    ),
    // the latest named person, not an earlier speaker
    (
        "Bo Lund, a bank worker, spoke on Monday. He said the city had changed.\n\n“Now we have real progress,” he said.\n\nOne of those at the rally, 50-year-old nurse Ida Sorensen, said she had voted early.\n\n“I want to live in peace,” she said.",
        "I want to live in peace,",
        Some("Ida Sorensen"),
    ),
    // a month name ending a personal name
    (
        "The office of the prime minister, Theresa Mayfield May, said she “warmly welcomes” the result.",
        "warmly welcomes",
        Some("Theresa Mayfield May"),
    ),
    // a common-noun subject standing for the organisation last named
    (
        "Skyline Airways grounded its fleet on Monday.\n\nThe airline statement said \"checks are under way and no flights will leave today.\"",
        "checks are under way and no flights will leave today.",
        Some("Skyline Airways"),
    ),
    // an institution named by a possessive
    (
        "Norway's health ministry says \"every hospital in the region is now on alert for new cases.\"",
        "every hospital in the region is now on alert for new cases.",
        Some("Norway's health ministry"),
    ),
    // an unnamed source stays unattributed, even after a named speaker
    (
        "Mayor Jane Holt spoke first. “We will rebuild,” Holt said.\n\n“Nobody here believes that any more,” one longtime resident told reporters.",
        "Nobody here believes that any more,",
        None,
    ),
    // a definite description with a modifier names the person already in the story
    (
        "Omar Reyes won the vote on Sunday.\n\nThe new city president has called the plan “a disgrace to every taxpayer in town” in a speech.",
        "a disgrace to every taxpayer in town",
        Some("Omar Reyes"),
    ),
    // the antecedent of "which said" speaks
    (
        "Several carriers kept flying, including Nordlys Air, which said it had “full confidence in every aircraft we operate.”",
        "full confidence in every aircraft we operate.",
        Some("Nordlys Air"),
    ),
    // "the ministry" is the ministry that spoke some paragraphs before, not the last
    // organisation named
    (
        "Portugal's health ministry says “all hospitals in the north are on alert tonight.”\n\nNorte Rail said trains were running again.\n\nThe ministry said doctors “are working through the night to treat the injured.”",
        "are working through the night to treat the injured.",
        Some("Portugal's health ministry"),
    ),
    // "the government" with no government named is itself, not the last body named
    (
        "The Velm Party wants shared custody made law.\n\nThe government says children cannot be divided up \"like chattels\" when a marriage ends.",
        "like chattels",
        Some("The government"),
    ),
    // "It says" continues the institution that reported in the sentence before
    (
        "Chile's foreign ministry says two citizens were among the passengers on Norte Rail.\n\nIt says one of them was a “respected engineer with decades of experience.”",
        "respected engineer with decades of experience.",
        Some("Chile's foreign ministry"),
    ),
    // "a statement by X says", then "the statement also says"
    (
        "A statement by Ilse Brandt says her office is checking the lists.\n\nThe statement also says that “several colleagues were travelling on the same train.”",
        "several colleagues were travelling on the same train.",
        Some("Ilse Brandt"),
    ),
    // a long title printed before a name, later used alone
    (
        "European Commissioner for Transport Ilse Brandt visited the site.\n\nThe European Commissioner for Transport says “it is a dark day for rail travel in Europe.”",
        "it is a dark day for rail travel in Europe.",
        Some("Ilse Brandt"),
    ),
    // a credit line of its own under a box quote
    (
        "What Our Analysts Think “The shares may fall further before the inquiry reports its findings.”\n\n-- Tomas Reyna, senior rail analyst",
        "The shares may fall further before the inquiry reports its findings.",
        Some("Tomas Reyna"),
    ),
    // "ordered … “…”": the order's author, named as "X's <institution>"
    (
        "Spain's transport authority ordered operators to halt the trains “until the braking system has been fully inspected.”",
        "until the braking system has been fully inspected.",
        Some("Spain's transport authority"),
    ),
    // a nationality before a noun is no speaker: the crowd sang, not "Chilean"
    (
        "Mayor Jane Holt won the vote.\n\nThe crowd gathered in the square, waved Chilean flags and sang, “we are the champions of the world.”",
        "we are the champions of the world.",
        Some("crowd"),
    ),
    // a group named by a possessive pronoun: the supporters of the person it stands for
    (
        "Senator Maria Lopez won the runoff.\n\nHer supporters filled the plaza, lit candles and chanted, “one more term for the senator of the people.”",
        "one more term for the senator of the people.",
        Some("Maria Lopez's supporters"),
    ),
    // "X appointed him … but he left": "he" is not X but the person "him" stands for
    (
        "Paul Grant ran the water agency for a decade.\n\nIn 2015, Governor Ray Stone appointed him chief of staff but he resigned a year later. In 2019 he founded a charity, promising to end the “shameful” neglect of rural clinics.",
        "shameful",
        Some("Paul Grant"),
    ),
    // a title before a comma does not make the next name a person ("as its new president,
    // Austria has …"), so a later "he" is not Austria
    (
        "Karl Dorn won the vote on Sunday.\n\nAs its new president, Austria has taken a bold step.\n\n“We will rebuild trust in the institutions,” he said.",
        "We will rebuild trust in the institutions,",
        Some("Karl Dorn"),
    ),
    // a name after "with Norway's" is an object, never the subject a pronoun continues
    (
        "Mayor Tom Reed spoke first.\n\nHe praised ties with Norway's Anna Berg in the speech.\n\n“Our cities will share the costs of the tunnel,” he said.",
        "Our cities will share the costs of the tunnel,",
        Some("Tom Reed"),
    ),
    // a place after "outside the" is not the speaker
    (
        "Jane Holt spoke outside the Grand Hotel and said “the strike will end when the talks resume next week.”",
        "the strike will end when the talks resume next week.",
        Some("Jane Holt"),
    ),
    // naming verbs: "which bills itself as", "has styled … as"
    (
        "Harbor Foods, which bills itself as a “family grocer since the war”, opened a store.",
        "family grocer since the war",
        Some("Harbor Foods"),
    ),
    (
        "Governor Lena Park has styled the race as a contest between “builders” and “blockers”.",
        "blockers",
        Some("Lena Park"),
    ),
    // a spokesman introducing a quote with a colon speaks for the organisation last named
    (
        "The Harbour Group said it had owned the land since 1920. But a spokesman added: “The firm is confident that its papers prove its title to the land.”",
        "The firm is confident that its papers prove its title to the land.",
        Some("Harbour Group"),
    ),
    // "according to X, …: “…”" names the speaker
    (
        "According to Dana Brook, a partner at Ferro Advisers, the trend has one clear upside: “One risk in one region won't sink your business anymore.”",
        "One risk in one region won't sink your business anymore.",
        Some("Dana Brook"),
    ),
    // an age before a role describes the person last named
    (
        "Director Jo Lund spoke of new routes to getting a film made. “It's a huge market,” the 47-year-old director said.",
        "It's a huge market,",
        Some("Jo Lund"),
    ),
    // a surname spelt like a month
    (
        "The band of Brian May played in London.\n\n“We were amazed at the chemistry,” May wrote on his website.",
        "We were amazed at the chemistry,",
        Some("Brian May"),
    ),
    (
        "The band of Brian May played in London. May told reporters: “The chemistry was there from the start.”",
        "The chemistry was there from the start.",
        Some("Brian May"),
    ),
    (
        "Spokesman Dana Brook spoke first. According to Mr Brook, the firm was “not planning to bid anyway”.",
        "not planning to bid anyway",
        Some("Dana Brook"),
    ),
    // a speech verb names the speaker, not the source "according to" names
    (
        "According to the Harbour Times, chief officer Jo Lund said that the firm is “kicking the tyres of every rival”.",
        "kicking the tyres of every rival",
        Some("Jo Lund"),
    ),
    // a religious title names its holder ("the cardinal"), past a nation named since
    (
        "Cardinal Tomas Vell spoke on the radio.\n\nThe head of the church in England and Wales spoke for an hour.\n\n“How can we wish each other peace while the guns fire?” the cardinal will ask.",
        "How can we wish each other peace while the guns fire?",
        Some("Tomas Vell"),
    ),
    // a title holding a name's word ("Aid") is the subject's role: the appositive name speaks
    (
        "The Live Aid concert raised money in 1985.\n\nThe union's Humanitarian Aid Commissioner, Lars Moen, was quoted as saying that it was key to bring aid “in the first hours after the flood”.",
        "in the first hours after the flood",
        Some("Lars Moen"),
    ),
    // a nationality adjective in the reported clause is no speaker
    (
        "Minister Rui Faro has offered help. Mr Faro said that the Portuguese state would not make a contribution “in the form of a grant”.",
        "in the form of a grant",
        Some("Rui Faro"),
    ),
    // "It added that <Name> would …, and said:" — "it" speaks, not the name it reports on
    (
        "“Nobody can replace the old host,” said the broadcaster Radio Nine. It added that Next Wave would support new bands, and said: “It will look for those making music for its own sake.”",
        "It will look for those making music for its own sake.",
        Some("Radio Nine"),
    ),
    // "a greater say" is no verb; the subject is not the appositive set off by dashes
    (
        "Fund manager Ola Berg - the club's largest investor - said he would only invest more if he got a greater say in how it is run. “I demand better transparency,” he is quoted as saying by a magazine.",
        "I demand better transparency,",
        Some("Ola Berg"),
    ),
    // a speech noun right before the colon introduces the quote
    (
        "When a pupil asked Mr Tam Reid about late buses, Reid began his answer with the quip: “I'm sure nobody here is ever late.”",
        "I'm sure nobody here is ever late.",
        Some("Tam Reid"),
    ),
    // a spokesman named with his organisation speaks for it, not for the one named before
    (
        "The Valley Media Council banned the show on Monday. A Harbour Embassy spokesman said: “We know singers need visas and are doing what we can.”",
        "We know singers need visas and are doing what we can.",
        Some("Harbour Embassy"),
    ),
    // "He added:" after a quote introduces the next one, not this one
    (
        "Tide Point won two prizes, with Ana Lee shortlisted for another. A spokesman for the City Arts Council said: “It is a pity not to win more prizes.” He added: “It was a great year for us all.”",
        "It is a pity not to win more prizes.",
        Some("City Arts Council"),
    ),
    // a body's full name before "spokeswoman", joining words and all
    (
        "The Skills Board met on Monday. A Department for Media, Culture and Sport spokeswoman said: “We know people are having problems with their visas.”",
        "We know people are having problems with their visas.",
        Some("Department for Media, Culture and Sport"),
    ),
    (
        "The show used old photos last week. A Top of the Pops spokesperson said: “It is a very special number one for all of us.”",
        "It is a very special number one for all of us.",
        Some("Top of the Pops"),
    ),
    // "X added:" after an unattributed quote: X said it too
    (
        "Sir Ola Berg spoke at the dinner. His message to the minister was: “Please do not give it away in any election.” Sir Ola added: “I do not think he will.”",
        "Please do not give it away in any election.",
        Some("Ola Berg"),
    ),
    // a description before the name after the quote
    (
        "Cheap flights are spreading. “The days of flying being only for the rich are over,” the minister for civil aviation Ravi Mehta said earlier.",
        "The days of flying being only for the rich are over,",
        Some("Ravi Mehta"),
    ),
    // a source of a named body speaks for it; an unnamed source for nobody named
    (
        "Mayor Jo Lund spoke first. A Department for Schools and Skills source said: “Every day in school counts for every child.”",
        "Every day in school counts for every child.",
        Some("Department for Schools and Skills"),
    ),
    (
        "Mayor Jo Lund spoke first. A source said: “Every day in school counts for every child.”",
        "Every day in school counts for every child.",
        None,
    ),
    // a person "of" a body speaks, not the body
    (
        "Critic Ana Lind of the Harbour Gazette said that the film was “heart-wrenching and brave”.",
        "heart-wrenching and brave",
        Some("Ana Lind"),
    ),
    // a role noun before the full name after the quote
    (
        "The trial opened on Monday. “We will show that he knew about the plan all along,” prosecutor Alma Reyes told the court.",
        "We will show that he knew about the plan all along,",
        Some("Alma Reyes"),
    ),
    // "said Dr. X": the title's period ends nothing
    (
        "“Anyone with a fever should see a doctor today,” said Dr. Lina Ostberg, the city's health officer.",
        "Anyone with a fever should see a doctor today,",
        Some("Lina Ostberg"),
    ),
    // an abbreviation in the title after the quote ends no sentence
    (
        "Lawyer Ben Cole spoke first.\n\n“The payments were a lie told again and again,” Assistant U.S. Attorney Rhea Vance said in her closing argument.",
        "The payments were a lie told again and again,",
        Some("Rhea Vance"),
    ),
    // a name, then an appositive holding an abbreviation
    (
        "“Nobody could have planned for a flood this size,” Ivo Brandt, a U.N. official, said.",
        "Nobody could have planned for a flood this size,",
        Some("Ivo Brandt"),
    ),
    // a family speaks for itself, named after the person named before
    (
        "Jo Carver, 17, died on Sunday. In a statement, Jo Carver's family said: “He was a kind boy who lit up every room.”",
        "He was a kind boy who lit up every room.",
        Some("Jo Carver's family"),
    ),
    // a name, then the title a body owns set off after it: the name speaks
    (
        "Ana Lima, Velcor's chief executive, said the plan would “learn every lesson” from it.",
        "learn every lesson",
        Some("Ana Lima"),
    ),
    // a quote a colon introduces and that ends its sentence is the introducer's, not the
    // next sentence's subject's
    (
        "Before the march, Mayor Dana Pike told crowds: “We will win this fight in the end.” Ola Berg, in Leeds, said the march was peaceful.",
        "We will win this fight in the end.",
        Some("Dana Pike"),
    ),
    // a hyphenated title before the name is no part of it
    (
        "But US Treasury Under-Secretary Jo Tarsen said the US could not back the plan because of its “legislative process”.",
        "legislative process",
        Some("Jo Tarsen"),
    ),
    // a surname with particles, then the body the person speaks for
    (
        "Aviation analyst Jo Van den Brul of Kessel Bank described the results as “pretty modest”.",
        "pretty modest",
        Some("Jo Van den Brul"),
    ),
    // a pronoun after a body's spokesperson, with nobody named between, is the body's
    (
        "A Velm Party spokesman told reporters the party avoided such lists. But that did not happen for other calls. “We have very clear legal advice on it,” he said.",
        "We have very clear legal advice on it,",
        Some("Velm Party"),
    ),
    (
        "A spokesman for the Kessel Water Board said it would act soon. “We will fix every pipe in the town,” he said.",
        "We will fix every pipe in the town,",
        Some("Kessel Water Board"),
    ),
    // a pronoun that does not fit the spokesperson's word is someone else's
    (
        "Jo Tarsen spoke at the hearing. A Velm Party spokeswoman told reporters the party avoided such lists. “We have very clear legal advice on that,” he said.",
        "We have very clear legal advice on that,",
        Some("Jo Tarsen"),
    ),
    // a person set off before "a spokesman for …" speaks
    (
        "Jo Tarsen, a spokesman for Velm Air, said on Tuesday that the firm stands by its claim. Velm Air is sure of its case, and “we are ready to defend that position again,” he said.",
        "we are ready to defend that position again,",
        Some("Jo Tarsen"),
    ),
    // "the … spokesman" after a person named is that person
    (
        "Jo Tarsen leads for the Velm Party on trade. The Velm Party spokesman also criticised the plan. “Who are they trying to fool with this?” he said.",
        "Who are they trying to fool with this?",
        Some("Jo Tarsen"),
    ),
    // a thing "called" by its name is no speech: the one who told the programme speaks
    (
        "Jo Roe from Velmora Aid told the programme Go Digital how the charity uses handheld computers called E-slates. “The tablets connect to a base station in the school.”",
        "The tablets connect to a base station in the school.",
        Some("Jo Roe"),
    ),
    // A quotation standing as its own sentence, followed by a new sentence reporting
    // something else, is the one the sentence before it credits.
    (
        "Robert Tarsen has left the Velm Party.\n\nMr Tarsen, an MEP for the North, resigned the Velm Party whip in October. However, he remains a member of the party. He said on Friday he hoped to be elected leader before Christmas. “I think that is sufficient time for us.” But a Velm Party spokesman said that would be impossible under its rules.",
        "I think that is sufficient time for us.",
        Some("Robert Tarsen"),
    ),
    // A speech verb set against another ("rather than respond") is no attribution: the
    // sentence's "said" is.
    (
        "Dr Tom Korvin took the job on Monday.\n\nDr Korvin told Radio Velm: “We need to learn from that.”\n\nBut he said the Velm Health Service in Kessel also needed to create a healthier population rather than respond only to ill health, and a balanced view was important. “We do need a consistent approach.” He said staff wanted a period of calm.",
        "We do need a consistent approach.",
        Some("Tom Korvin"),
    ),
    // "he said" is not the organisation quoted just before…
    (
        "Velm Motors chief executive Tom Arle unveiled its cheapest car on Monday. “It is the most important car in our history,” Velm Motors said. This would make the brand “globally visible, but exclusive”, he added.",
        "globally visible, but exclusive",
        Some("Tom Arle"),
    ),
    // …unless it spoke through a spokeswoman, whom "she" goes on from.
    (
        "Tom Arle and Ann Lee's show will not return to screens, the Velm Broadcasting Corporation has said.\n\nThe presenters were recruited last July. “There are no plans for another series,” a spokeswoman said. She added the pair “brought a real warmth to Saturday night”.",
        "brought a real warmth to Saturday night",
        Some("Velm Broadcasting Corporation"),
    ),
    // "But Jo Korvin of the Campaign for …": the opening "But" is no part of the name, and
    // the person is named apart from the body she speaks for.
    (
        "The court ruled on Friday.\n\nBut Jo Korvin of the Campaign for Safe Roads urged the council to go on. “Today's ruling is no excuse,” she said.",
        "Today's ruling is no excuse,",
        Some("Jo Korvin"),
    ),
    // An aside set off by dashes is no subject: "Mr Roe - once at Korun - said".
    (
        "Velm Motors unveiled a new car.\n\nMr Arle - himself a former executive at rival Korun Motors - said the car was the company's “most affordable car ever”.",
        "most affordable car ever",
        Some("Arle"),
    ),
    // "the 36-year-old said": an age stands for the person talked about.
    (
        "Tom Arle joined Velm in 1998.\n\nFormer Velm captain Arle, who now plays in Kessel, says there is no comparison with the current side. “Mentally they are much stronger,” the 36-year-old said.",
        "Mentally they are much stronger,",
        Some("Tom Arle"),
    ),
    // "Velm Party chairman Tom Arle": the party's name describes him; "he" is him.
    (
        "Velm Democrat chairman Tom Arle said there needed to be a fair system. But he said it was “absolutely wrong” to turn refugees away.",
        "absolutely wrong",
        Some("Tom Arle"),
    ),
    // A relative clause left without its closing comma: its object is no subject…
    (
        "Mr Tom Arle leads the Velm Party.\n\nMs Ann Lee, who presents The Velm Hour tells Korvin that she despaired at his image. “I used to have to sit on my hands.”",
        "I used to have to sit on my hands.",
        Some("Ann Lee"),
    ),
    // …but a name after "which" is the subject of the speech verb.
    (
        "Velm Motors shares a platform with its Korun model, which Mr Tom Arle described as “the most important car”.",
        "the most important car",
        Some("Tom Arle"),
    ),
    (
        "The film shows Mr Tom Arle laughing at Jo Korvin's impression of him as Kessel, which he calls “good fun”.",
        "good fun",
        Some("Tom Arle"),
    ),
    // A quotation inside its sentence, which goes on with a preposition, has no
    // attribution after it: the name there is a place in the sentence.
    (
        "Mr Tom Arle's comments had prompted censure - he told refugees to “get back home”. And he also urged people to develop a “sense of belonging” in Velmoria, telling them to speak Velmish at home.",
        "sense of belonging",
        Some("Tom Arle"),
    ),
    // "Asked if Jo Roe could return, he replied": the one asked answers, not the one
    // asked about.
    (
        "But he could not find evidence to show whether Mr Korvin's intervention was meant to help. In his first comments since Sir Ola's announcement, Mr Arle told Velm News he had not yet read the report. But told Velm News: “We have drawn a line under that.”\n\nAsked if Mr Korvin could return to frontline politics at some point, he replied: “I have made my admiration for Jo very clear.”",
        "I have made my admiration for Jo very clear.",
        Some("Arle"),
    ),
    // "reports of" after "that" is a noun: the speaker is the subject of "told".
    (
        "Velm Motors plans to cut jobs, the paper says.\n\nBut Velm Motors told Korun News that reports of job cuts were “speculation”.",
        "speculation",
        Some("Velm Motors"),
    ),
    // A quotation inside a claim reported as a noun is the claimant's…
    (
        "Prime Minister Tom Arle spoke on Monday. The prime minister shrugged off claims from party leader Jo Korvin that he led a “grubby government”. He said Mr Lee's integrity remained intact: “He asked for this inquiry.”",
        "grubby government",
        Some("Jo Korvin"),
    ),
    // …and the claimant is not the "he" of the next sentence.
    (
        "Prime Minister Tom Arle spoke on Monday. The prime minister shrugged off claims from party leader Jo Korvin that he led a “grubby government”. He said Mr Lee's integrity remained intact: “He asked for this inquiry.”",
        "He asked for this inquiry.",
        Some("Tom Arle"),
    ),
];

fn run(text: &str) -> Vec<Quote<'static>> {
    let docs = docs_from(&[text]);
    let index = EntityIndex::build(&docs);
    extract(&docs, &index)
        .into_iter()
        .map(Quote::into_owned)
        .collect()
}

#[test]
fn attribution_table() {
    assert!(CASES.len() >= 40, "{} cases", CASES.len());
    let mut failures = Vec::new();
    for (i, (text, quote, speaker)) in CASES.iter().enumerate() {
        let quotes = run(text);
        let found = quotes
            .iter()
            .find(|q| q.evidence.iter().any(|e| e.text == *quote));
        match found {
            None => failures.push(format!(
                "case {i}: quote {quote:?} not found; got {:?}",
                quotes.iter().map(|q| &q.text).collect::<Vec<_>>()
            )),
            Some(q) if q.speaker.as_deref() != *speaker => failures.push(format!(
                "case {i}: {quote:?} speaker {:?}, want {speaker:?}",
                q.speaker
            )),
            _ => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn titles_are_not_quotes() {
    let quotes = run(
        "She told CNN’s “Morning Edition Live.” The article, titled “A Year of Storms,” ran on Sunday.",
    );
    assert!(quotes.is_empty(), "{quotes:?}");
}

#[test]
fn a_coined_term_before_a_noun_is_a_label_a_reported_word_a_quote() {
    let quotes = run(
        "Lena Ortiz, who had promised a “Nordexit” referendum, lost the vote. Lena Ortiz said she had seen a “vast” change in the harbour.",
    );
    let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["vast"]);
    assert_eq!(quotes[0].speaker.as_deref(), Some("Lena Ortiz"));
}

#[test]
fn a_quotation_broken_off_by_its_attribution_ends_without_the_comma() {
    let quotes = run("“We will rebuild every school,” Mayor Iris Kell said on Friday.");
    assert_eq!(quotes[0].text, "We will rebuild every school");
    // The evidence is the source's own printing, comma and all.
    assert_eq!(quotes[0].evidence[0].text, "We will rebuild every school,");
}

#[test]
fn venue_is_recorded() {
    let quotes = run(
        "Senator Abel Frost appeared.\n\n“We have the votes to pass it this week,” Frost said on NBC's “Sunday Report.”",
    );
    assert_eq!(quotes[0].venue.as_deref(), Some("NBC's Sunday Report"));
    assert_eq!(
        venue("he wrote in a post on X on Sunday.").as_deref(),
        Some("post on X")
    );
    assert_eq!(
        venue("speaking at a news conference in Oslo").as_deref(),
        Some("news conference")
    );
    assert_eq!(
        venue("told a news conference in Oslo").as_deref(),
        Some("news conference")
    );
    // A memo or an email to staff.
    assert_eq!(
        venue("In a memo to staff, chief executive Ana Vell said").as_deref(),
        Some("memo")
    );
    assert_eq!(
        venue("Vell wrote in an email to employees on Tuesday.").as_deref(),
        Some("email")
    );
    // Where reporters were told it.
    assert_eq!(
        venue("Vell told reporters outside the court on Sunday.").as_deref(),
        Some("outside the court")
    );
    assert_eq!(
        venue("Vell told reporters at Harlow Central Station.").as_deref(),
        Some("at Harlow Central Station")
    );
    assert_eq!(venue("Vell told reporters on Sunday."), None);
    // A sentence may open with it, and a word may say what kind it is.
    assert_eq!(
        venue("In her resignation letter, she wrote:").as_deref(),
        Some("letter")
    );
    assert_eq!(
        venue("In a letter to Prime Minister Jo Li on Tuesday, Ms Venn said").as_deref(),
        Some("letter to Prime Minister Jo Li")
    );
    // A day or a date says when.
    assert_eq!(venue("Kell said on Thursday."), None);
    assert_eq!(venue("Kell said on March 4."), None);
    assert_eq!(
        venue("Kell said on Christmas Day on Radio Vell.").as_deref(),
        Some("Radio Vell")
    );
}

#[test]
fn same_utterance_merges_across_outlets() {
    let docs = docs_from(&[
        "Mayor Jane Holt spoke.\n\n“We will open the bridge in five weeks and not a day later,” Holt said.",
        "“We will open the bridge in 5 weeks and not a day later,” Mayor Jane Holt said on radio.",
        "Holt called the plan “not a day later” in spirit. Jane Holt was firm.",
    ]);
    let index = EntityIndex::build(&docs);
    let quotes = extract(&docs, &index);
    let big = quotes
        .iter()
        .find(|q| q.evidence.len() >= 2)
        .expect("merged");
    let sources: Vec<&str> = big.evidence.iter().map(|e| &*e.source).collect();
    assert_eq!(sources, vec!["s1", "s2", "s3"]);
    assert!(big.wording_differs);
    assert_eq!(big.speaker.as_deref(), Some("Jane Holt"));
}

#[test]
fn fragments_are_flagged() {
    assert!(is_fragment("game-changing,"));
    assert!(is_fragment("a huge concession."));
    assert!(!is_fragment("These are two separate issues,"));
    assert!(!is_fragment("We will open the bridge in five weeks,"));
}

#[test]
fn a_surname_names_the_person_its_own_article_names() {
    // The story at large gives "Roe" to Jo Roe (named far more often); the third article
    // names only Ana Roe.
    let docs = docs_from(&[
        "Jo Roe founded the studio. Jo Roe hired writers. Roe said the films would sell.",
        "Jo Roe sold the studio. Roe left for Lisbon. Roe said little.",
        "Director Ana Roe spoke to students.\n\n“It's a huge market,” Roe said.",
    ]);
    let index = EntityIndex::build(&docs);
    let quotes = extract(&docs, &index);
    let market = quotes
        .iter()
        .find(|q| q.text.contains("huge market"))
        .expect("the quote is found");
    assert_eq!(market.speaker.as_deref(), Some("Ana Roe"));
}

#[test]
fn disagreeing_outlets_keep_the_majority_speaker() {
    let docs = docs_from(&[
        "Mayor Jane Holt met Omar Reyes, the transit chief.\n\n“The tunnel will carry its first trains before the winter,” Holt said.",
        "“The tunnel will carry its first trains before the winter,” said Mayor Jane Holt.",
        "Transit chief Omar Reyes spoke after Mayor Jane Holt.\n\n“The tunnel will carry its first trains before the winter,” Reyes said.",
    ]);
    let index = EntityIndex::build(&docs);
    let quotes = extract(&docs, &index);
    let tunnel: Vec<&Quote> = quotes
        .iter()
        .filter(|q| q.text.contains("tunnel"))
        .collect();
    assert_eq!(tunnel.len(), 1, "{tunnel:?}");
    assert_eq!(tunnel[0].evidence.len(), 3);
    assert_eq!(tunnel[0].speaker.as_deref(), Some("Jane Holt"));
    assert_eq!(tunnel[0].other_speakers, vec!["Omar Reyes".to_string()]);
}

#[test]
fn an_advertisers_slogan_and_a_post_of_it_are_two_quotes() {
    let slogan = "Run for something bigger than yourself, even when nobody is watching";
    let docs = docs_from(&[
        &format!(
            "Acme Sports unveiled its campaign on Monday.\n\nThe Acme Sports ads show the runner Lena Ortiz with the slogan: “{slogan}.”"
        ),
        &format!("A new Acme Sports ad featured the words, “{slogan}.”"),
        &format!("Lena Ortiz shared the ad on Monday.\n\n“{slogan},” Ortiz posted on Twitter."),
    ]);
    let index = EntityIndex::build(&docs);
    let quotes = extract(&docs, &index);
    let mut found: Vec<(Option<&str>, Option<&str>, Vec<&str>)> = quotes
        .iter()
        .filter(|q| q.text.contains("nobody is watching"))
        .map(|q| {
            (
                q.speaker.as_deref(),
                q.venue.as_deref(),
                q.evidence.iter().map(|e| &*e.source).collect(),
            )
        })
        .collect();
    found.sort();
    assert_eq!(
        found,
        vec![
            (Some("Acme Sports"), Some("advertisement"), vec!["s1", "s2"]),
            (Some("Lena Ortiz"), Some("Twitter"), vec!["s3"]),
        ]
    );
}

#[test]
fn a_one_word_label_stays_apart_from_longer_quotes() {
    let docs = docs_from(&[
        "Governor Lena Park said the vote was “the choice between builders and blockers of this state.”",
        "Governor Lena Park spoke of “blockers” again on Monday, Park said.",
    ]);
    let index = EntityIndex::build(&docs);
    let quotes = extract(&docs, &index);
    let label = quotes
        .iter()
        .find(|q| q.text == "blockers")
        .expect("label kept");
    assert_eq!(label.evidence.len(), 1);
    assert!(label.fragment);
}

#[test]
fn two_pieces_of_one_sentence_join_the_remark_they_come_from() {
    let docs = docs_from(&[
        "“Inflation is too high and it is proving more persistent than we expected,” Governor Lena Park said.",
        "Governor Lena Park said inflation was “too high” and “more persistent than we expected”.",
    ]);
    let index = EntityIndex::build(&docs);
    let quotes = extract(&docs, &index);
    let texts: Vec<&str> = quotes.iter().map(|q| &*q.text).collect();
    assert_eq!(
        texts,
        vec!["Inflation is too high and it is proving more persistent than we expected"]
    );
    let pieces: Vec<(&str, &str)> = quotes[0]
        .evidence
        .iter()
        .map(|e| (&*e.source, &*e.text))
        .collect();
    assert_eq!(
        pieces,
        vec![
            (
                "s1",
                "Inflation is too high and it is proving more persistent than we expected,"
            ),
            ("s2", "too high"),
            ("s2", "more persistent than we expected")
        ]
    );
}

#[test]
fn the_parts_of_a_quotation_an_attribution_splits_join_its_whole_printing() {
    let docs = docs_from(&[
        "“We will not be paying any ransom,” Ilse Varga, the trust's chief executive, told reporters. “Our focus is on getting services back.”",
        "Ilse Varga said: “We will not be paying any ransom. Our focus is on getting services back.”",
    ]);
    let index = EntityIndex::build(&docs);
    let quotes = extract(&docs, &index);
    let texts: Vec<&str> = quotes.iter().map(|q| &*q.text).collect();
    assert_eq!(
        texts,
        vec!["We will not be paying any ransom. Our focus is on getting services back."]
    );
    let parts: Vec<(&str, &str)> = quotes[0]
        .evidence
        .iter()
        .map(|e| (&*e.source, &*e.anchor))
        .collect();
    assert_eq!(
        parts,
        vec![("s1", "p1-s1"), ("s1", "p1-s2"), ("s2", "p1-s1")]
    );
}

#[test]
fn a_comma_closing_a_quotation_before_a_name_is_not_the_name_s() {
    // (Found by the property test: the comma before "Mr" was taken for the one after it.)
    let docs = docs_from(&["  .  '' “ “ “ “ 0 “ ,  Mr. “ “ b ,  said"]);
    let index = EntityIndex::build(&docs);
    let _ = extract(&docs, &index);
    // And a name with its appositive still speaks.
    let docs = docs_from(&["“We will rebuild the pier,” Jo Lindqvist, the mayor, told reporters."]);
    let index = EntityIndex::build(&docs);
    let quotes = extract(&docs, &index);
    assert_eq!(quotes[0].speaker.as_deref(), Some("Jo Lindqvist"));
}

#[test]
fn a_speaker_described_by_whom_they_act_for_is_not_that_person() {
    // The lawyer is named: the lawyer speaks. Not named: no one named speaks (the client
    // did not say it).
    for (attribution, speaker) in [
        (
            "her lawyer, Martin Hale, said in a statement",
            Some("Martin Hale"),
        ),
        ("her lawyer Martin Hale said", Some("Martin Hale")),
        (
            "the company's lawyer, Martin Hale, said",
            Some("Martin Hale"),
        ),
        ("her lawyer said", None),
        ("Jo Li's lawyer said", None),
        ("Martin Hale, Jo Li's lawyer, said", Some("Martin Hale")),
    ] {
        let quotes = run(&format!(
            "Jo Li was charged on Monday in Leeds. Martin Hale is a lawyer.\n\n\
             “We will fight this charge all the way,” {attribution}."
        ));
        assert_eq!(quotes.len(), 1, "{attribution}");
        assert_eq!(quotes[0].speaker.as_deref(), speaker, "{attribution}");
    }
}

#[test]
fn a_description_after_a_full_stop_starts_the_next_sentence() {
    // "… all the way." ends the quotation's sentence: the next one is not its attribution.
    let quotes = run(
        "Ed Vane, a broadcaster, died. His friend Tom Pole paid tribute.\n\n\
         “It was a pleasure to work with him,” Mr Pole said. “He was a droll fellow, and very \
         kind.” Vane's daughter Jill said her father would be sorely missed.",
    );
    let droll = quotes
        .iter()
        .find(|q| q.text.starts_with("He was a droll"))
        .expect("the second quotation");
    assert_eq!(droll.speaker.as_deref(), Some("Tom Pole"));
}

/// Every kind of mark, in one text and in texts without the rare ones (`` ` `` and « »),
/// which are searched another way: the spans are the same either way.
#[test]
fn spans_of_every_kind_of_mark() {
    let spans = |t: &str| -> Vec<(String, bool)> {
        find_spans(t)
            .iter()
            .map(|s| (t[s.start..s.end].to_string(), s.closed))
            .collect()
    };
    let common =
        "He said \"we won\" and ''fine'' then “go on” and 'two words' — Jo's ‘last word’ “open";
    let expected = [
        ("we won", true),
        ("fine", true),
        ("go on", true),
        ("two words", true),
        ("last word", true),
        ("open", false),
    ];
    let owned = |e: &[(&str, bool)]| -> Vec<(String, bool)> {
        e.iter().map(|&(t, c)| (t.to_string(), c)).collect()
    };
    assert_eq!(spans(common), owned(&expected));
    let rare = format!("She wrote «a reply» and ``a note'' too. {common}");
    let mut with_rare = owned(&[("a reply", true), ("a note", true)]);
    with_rare.extend(owned(&expected));
    assert_eq!(spans(&rare), with_rare);
}

#[test]
fn postings_list_each_keys_items_in_order_once_per_holding() {
    // Item 0 holds keys 2 and 0, item 1 holds key 2 twice, item 2 none, item 3 key 0.
    let keys: [&[usize]; 4] = [&[2, 0], &[2, 2], &[], &[0]];
    let postings = Postings::new(3, keys.len(), |i| keys[i].iter().copied());
    assert_eq!(postings.of(0), [0, 3]);
    assert_eq!(postings.of(1), [] as [u32; 0]);
    assert_eq!(postings.of(2), [0, 1, 1]);
}
