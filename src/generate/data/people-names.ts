/**
 * Given names and family names by culture. Lists are long enough that a 1M-contact org has the
 * realistic share of namesakes (many John Smiths at different companies) without every name
 * repeating. No entry may equal a placeholder ("Test", "Unknown", "None", …).
 */
const words = (s: string): string[] => s.trim().split(/\s+/);

export interface NameCulture {
  male: string[];
  female: string[];
  family: string[];
}

const EN: NameCulture = {
  male: words(`James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel Matthew
    Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian George Timothy Ronald Jason Edward Jeffrey
    Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander
    Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Henry Adam Douglas Nathan Peter Zachary Kyle Noah Ethan
    Jeremy Christian Walter Keith Austin Sean Terry Oliver Harry Liam Lachlan Callum Hamish Angus Declan Connor
    Rhys Owen Alistair Nigel Graham Malcolm Trevor Stuart Ian Colin Bruce Craig Dylan Mitchell Riley Cooper Hugh`),
  female: words(`Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra
    Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca Sharon
    Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Helen
    Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren
    Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Sara
    Janice Ann Kathryn Abigail Sophie Charlotte Chloe Grace Lucy Isla Zoe Harriet Fiona Siobhan Kirsty Bronwyn
    Tessa Holly Georgia Alice Imogen Jade Ruby Matilda Phoebe Naomi Leah Caitlin Bridget Gemma Alison`),
  family: words(`Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson
    Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson
    Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers
    Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes
    Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson Coleman Simmons
    Patterson Jordan Reynolds Hamilton Graham Wallace Woods Cole West Owens Marshall Harrison Gibson Ellis Hunt
    Holmes Palmer Wagner Black Robertson Stone Hawkins Dunn Perkins Hudson Spencer Stephens Pierce Hansen Wheeler
    Warren Fox Rose Rice Knight Lawrence Hart Fowler Lane Riley Armstrong Carpenter Weaver Greene Elliott Chambers
    Burke Day Barnes Fletcher Walsh Byrne O'Brien O'Connor McDonald MacLeod Fraser Murray Doyle Quinn Lynch Nolan
    Barker Hargreaves Ashworth Whitaker Thornton Pemberton Blackwood Hollis Kerr Sinclair Ferguson Donnelly Healy
    Tran Nguyen Kaur Singh Patel Khan Ali Chen Wong Li Zhang Wang Liu Kim Park Lee Garcia Martinez Rodriguez
    Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes Cruz Ortiz Morales
    Ngata Parata Tane Walker Ahmed Hussain Rahman Das Shah Mehta Iyer Rao Nair Sato Suzuki Tanaka Watanabe Ito`),
};

// English-speaking countries' contact lists are multicultural: a share of given names come from here.
const WORLD_MALE = words(`Wei Jun Hao Raj Arjun Vikram Rahul Omar Ahmed Mohammed Ali Hiroshi Kenji Takeshi Min-jun
  Seo-jun Carlos Diego Luis Javier Mateo Tariq Hamza Kwame Kofi Chidi Tane Wiremu Nikhil Sanjay Amit`);
const WORLD_FEMALE = words(`Mei Xin Ling Priya Ananya Aisha Fatima Yuki Sakura Hana Ji-woo Seo-yeon Sofia Lucia
  Camila Valentina Ximena Amara Zainab Leila Nadia Aroha Mere Kavya Deepa Neha Sunita Mai Linh Thi`);

const DE: NameCulture = {
  male: words(`Alexander Andreas Bernd Christian Daniel Dieter Dirk Florian Frank Hans Heinz Helmut Jan Jens Jörg
    Jürgen Karl Klaus Lars Lukas Manfred Markus Martin Matthias Michael Niklas Oliver Peter Ralf Sebastian Stefan
    Thomas Tobias Torsten Uwe Volker Werner Wolfgang Felix Maximilian Paul Leon Jonas Finn Moritz Tim Philipp`),
  female: words(`Andrea Angelika Anja Anna Birgit Claudia Daniela Elke Gabriele Heike Ingrid Julia Karin Katharina
    Kerstin Laura Lena Maria Martina Monika Nicole Petra Renate Sabine Sandra Silke Stefanie Susanne Tanja Ursula
    Anke Jana Lea Marie Hannah Sophie Johanna Franziska Miriam Nina Sarah Vanessa Carina Svenja Greta Ute`),
  family: words(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer
    Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner
    Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters
    Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck
    Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein`),
};

const FR: NameCulture = {
  male: words(`Jean Pierre Michel André Philippe Alain Jacques Bernard Christophe Patrick Nicolas Daniel Frédéric
    Laurent Stéphane Éric David Julien Sébastien Pascal Thierry Olivier Vincent François Guillaume Antoine Mathieu
    Thomas Nicolas Maxime Alexandre Hugo Louis Lucas Léo Gabriel Arthur Raphaël Jules Théo Romain Benoît Cédric
    Yannick Didier Gilles Hervé Lionel Rémi Baptiste Quentin Clément`),
  female: words(`Marie Nathalie Isabelle Sylvie Catherine Françoise Martine Christine Monique Valérie Sandrine
    Sophie Stéphanie Céline Véronique Julie Aurélie Camille Émilie Caroline Laure Élodie Mélanie Claire Anne Chloé
    Manon Léa Emma Inès Louise Jade Zoé Lucie Juliette Margaux Pauline Hélène Agnès Brigitte Chantal Delphine
    Florence Géraldine Laetitia Virginie Amandine Océane Mathilde Charlotte`),
  family: words(`Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre
    Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet
    François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin
    Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis
    Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard`),
};

/** Culture of a country's contacts: ISO code → names. */
export function cultureFor(countryCode: string): NameCulture {
  return countryCode === 'DE' ? DE : countryCode === 'FR' ? FR : EN;
}

export const WORLD_NAMES = { male: WORLD_MALE, female: WORLD_FEMALE };
export const ALL_CULTURES = [EN, DE, FR];
